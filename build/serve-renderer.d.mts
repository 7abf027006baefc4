export declare const CONTENT_SECURITY_POLICY: string;
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
export declare function rendererPathSegments(urlPathname: string): string[] | null;

export interface ServeRendererOptions {
  readonly root: string;
  /** 0 (the default) lets the OS choose a free port; `url` reports the real one. */
  readonly port?: number;
  readonly host?: string;
}

export interface RendererServer {
  readonly url: string;
  close(): Promise<void>;
}

export declare function serveRenderer(options: ServeRendererOptions): Promise<RendererServer>;
