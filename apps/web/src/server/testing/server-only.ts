// Vitest stands in for Next's bundler, which resolves "server-only" to nothing on the server and to an error in
// client bundles. Tests run server code only, so the import resolves here, to nothing.
export {};
