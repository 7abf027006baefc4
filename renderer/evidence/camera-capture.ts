/** `anh-2026-11-23-081530.jpg`: local time, so it matches the clock the inspector sees. */
export function capturedPhotoName(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `anh-${date}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.jpg`;
}

/** The current video frame as a JPEG file, or null when no frame has arrived yet. */
export async function captureFrame(video: HTMLVideoElement, at: Date): Promise<File | null> {
  if (video.videoWidth === 0 || video.videoHeight === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')?.drawImage(video, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.92));
  return blob === null ? null : new File([blob], capturedPhotoName(at), { type: 'image/jpeg', lastModified: at.getTime() });
}

/** Ask for the back camera (the one facing the office, not the inspector); video only. */
export function openCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
}

export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
