export { EMBED_JSON_PATH, embedDocument, embedFile, type EmbedDocument, type EmbedItem } from './embed-document.ts';
export { embedTexts, type EmbedTexts } from './embed-texts.ts';
