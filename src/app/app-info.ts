/** Names the app in the records it writes. The version comes from package.json at build time. */
export const APP_INFO = { name: 'customer-focus-course', version: __APP_VERSION__ } as const;
