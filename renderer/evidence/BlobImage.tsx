import { useEffect, useRef } from 'react';

interface Props {
  blob: Blob;
  alt: string;
  className?: string;
}

/**
 * An <img> of a Blob. The object URL lives exactly as long as the effect, so a
 * gallery of 200 photos does not leak 200 URLs (and their memory) when it unmounts.
 */
export function BlobImage({ blob, alt, className }: Props) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    if (img === null) return;
    const url = URL.createObjectURL(blob);
    img.src = url;
    return () => {
      img.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return <img ref={ref} alt={alt} className={className} decoding="async" />;
}
