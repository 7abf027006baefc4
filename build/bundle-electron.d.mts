export declare function bundleElectron(options?: { root?: string; outdir?: string }): Promise<{ main: string; preload: string }>;
