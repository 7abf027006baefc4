export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
export declare function rendererPathSegments(urlPathname: string): string[] | null;
