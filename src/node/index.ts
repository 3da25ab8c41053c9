// Node-only helpers shared by the CLI and the extension: configuration files, documents, ignores.
export {
  ConfigResolver,
  errorReason,
  findConfigFile,
  loadConfig,
  type LoadedConfig,
} from './config';
export {
  BINARY_SNIFF_BYTES,
  decodeDocument,
  readDocument,
  type ReadDocumentResult,
  type SkipCause,
} from './document';
export { ALWAYS_SKIPPED, IgnoreMatcher } from './ignore';
export { packageRoot, readPictures } from './assets';
