// Placeholder: the test-support helper replaces this with the uv wheel fetch + cache.
export default async function globalSetup(): Promise<void> {}
