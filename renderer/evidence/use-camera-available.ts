import { useEffect, useState } from 'react';

/**
 * Whether the device has a camera. `mediaDevices` is missing outside secure
 * contexts, hence the optional chain despite the DOM types.
 */
export function useCameraAvailable(): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    const devices = navigator.mediaDevices as MediaDevices | undefined;
    if (devices === undefined || typeof devices.enumerateDevices !== 'function') return;
    let live = true;
    const check = () => {
      devices.enumerateDevices().then(
        (list) => live && setAvailable(list.some((device) => device.kind === 'videoinput')),
        () => live && setAvailable(false),
      );
    };
    check();
    // A USB camera plugged in after the page opened should make the button appear.
    devices.addEventListener('devicechange', check);
    return () => {
      live = false;
      devices.removeEventListener('devicechange', check);
    };
  }, []);
  return available;
}
