// Local build for the reader engineer only (deleted before hand-off).
import base from './wxt.config';
export default { ...base, outDir: '/tmp/reader-build' };
