// Vite's client types for the UI: import.meta.env (MODE/DEV gate the mock connector) and asset
// imports (`*.svg?url`, `*.json`) used by the mock's sample articles.
/// <reference types="vite/client" />
