// Node-only helpers shared by the CLI and the extension: configuration files, documents, finding files.
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
export { folderDocuments, globFiles, isGlob } from './walk';
export { packageRoot, readPictures } from './assets';
