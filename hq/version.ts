import packageJson from '../package.json';

/** The app's version, inlined by esbuild at build time. */
export const HQ_VERSION: string = packageJson.version;
export const SERVICE_NAME = 'inspection-kit-hq';
