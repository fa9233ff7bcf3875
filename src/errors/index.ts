export * from './gouji-error.js';
export { UnsupportedFormatError } from './unsupported-format.js';
export { CorruptFileError } from './corrupt-file.js';
export { EncryptedError } from './encrypted.js';
export { NoTextLayerError } from './no-text-layer.js';
export { TooLargeError } from './too-large.js';
export { TimeoutError } from './timeout.js';
export { EmptyFileError } from './empty-file.js';
