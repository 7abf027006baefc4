// Packaging for Linux and Windows. Installers need the Electron download, so they
// are built on a networked machine; build/electron-builder.test.ts validates this file offline.

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'vn.gov.baohiemxahoi.inspectionkit',
  productName: 'Inspection Kit',
  directories: { output: 'out', buildResources: 'build' },
  // esbuild and Vite already bundled everything the app runs; ship only their output.
  files: ['dist/**'],
  asar: true,
  // No auto-update channel: devices are often offline and IT installs new versions.
  publish: null,
  // Fuses are flipped in the binary at package time; they close doors that no runtime code can reopen.
  electronFuses: {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
    runAsNode: false,
    enableCookieEncryption: true,
    // NODE_OPTIONS and --inspect would let anyone inject code into the main process.
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    // Only the shipped, integrity-checked app.asar may be loaded.
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    // The renderer is served from app://, so file:// needs no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'inspection-kit',
    maintainer: 'Inspection Kit team <inspection-kit@baohiemxahoi.gov.vn>',
    synopsis: 'Offline public-service inspection kit (Kiểm tra công vụ)',
  },
  win: {
    target: ['nsis'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // Inspection records live in the user profile; uninstalling must never delete them.
    deleteAppDataOnUninstall: false,
  },
};
