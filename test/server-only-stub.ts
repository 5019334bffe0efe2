// Stands in for Next's 'server-only' marker in unit tests (it throws outside React Server Components).
export {};
