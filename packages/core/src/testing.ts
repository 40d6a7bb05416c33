export {
  type DriverContractOptions,
  type DriverUnderTest,
  type UnreachableDriverUnderTest,
  describeDriverContract,
} from "./testing/describe-driver-contract";
