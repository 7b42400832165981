/** The team's files as the installed templates make them from the recorded values. */
import { readFileSync } from 'node:fs';
import { CONTENT_CONTRACT } from '../content/config/contract.ts';
import { templateFiles, type TemplateFile } from './template-manifest.ts';
import { placeholders, type ScaffoldValues } from './template-values.ts';

/** src/templates/, beside src/core/: the package ships it as it is. */
export const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);

export interface RenderedFile extends TemplateFile {
  text: string;
}

export function renderTemplates(values: ScaffoldValues, statusmarkVersion: string, dir: URL = TEMPLATES_DIR): RenderedFile[] {
  const context = { statusmarkVersion, contract: CONTENT_CONTRACT };
  return templateFiles(values).map((file) => {
    const table = placeholders(values, context, file.format);
    const template = readFileSync(new URL(file.source, dir), 'utf8');
    const text = template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
      const value = table[key];
      if (value === undefined) throw new Error(`template ${file.source} names an unknown value {{${key}}}`);
      return value;
    });
    return { ...file, text };
  });
}
