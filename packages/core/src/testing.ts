export {
  type DriverContractOptions,
  type DriverUnderTest,
  describeDriverContract,
} from "./testing/describe-driver-contract";
