/** Messages between the thumbnail client and its worker. */
export interface ThumbnailRequest {
  readonly id: number;
  readonly blob: Blob;
}

export interface ThumbnailResponse {
  readonly id: number;
  /** null: the image could not be decoded. */
  readonly thumbnail: Blob | null;
}
