export {
  type DriverContractOptions,
  type DriverUnderTest,
  describeDriverContract,
  type UnreachableDriverUnderTest,
} from "./testing/describe-driver-contract";
