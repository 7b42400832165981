/**
 * Interactive questions for the CLI when it runs in a terminal. The commands ask through this
 * small interface, so tests can answer with a script and the terminal uses @clack/prompts.
 */
import * as clack from '@clack/prompts';

export interface Choice<T extends string> {
  value: T;
  label?: string;
  hint?: string;
}

export interface Prompter {
  text(q: {
    message: string;
    placeholder?: string;
    initial?: string;
    multiline?: boolean;
    validate?: (value: string) => string | undefined;
  }): Promise<string>;
  select<T extends string>(q: { message: string; options: Choice<T>[]; initial?: T }): Promise<T>;
  multiselect<T extends string>(q: { message: string; options: Choice<T>[]; initial?: T[]; required?: boolean }): Promise<T[]>;
  confirm(q: { message: string; initial?: boolean }): Promise<boolean>;
  note(message: string, title?: string): void;
}

export class PromptCancelled extends Error {
  constructor() {
    super('cancelled; nothing was written');
    this.name = 'PromptCancelled';
  }
}

function answer<T>(value: unknown): T {
  if (clack.isCancel(value)) throw new PromptCancelled();
  return value as T;
}

/** Our choices as clack's options, for select and multiselect alike. */
function clackOptions<T extends string>(choices: readonly Choice<T>[]): never {
  return choices.map((o) => ({ value: o.value, ...(o.label ? { label: o.label } : {}), ...(o.hint ? { hint: o.hint } : {}) })) as never;
}

export const clackPrompter: Prompter = {
  async text(q) {
    const options = {
      message: q.message,
      ...(q.placeholder ? { placeholder: q.placeholder } : {}),
      ...(q.initial !== undefined ? { initialValue: q.initial } : {}),
      ...(q.validate ? { validate: (v: string | undefined) => q.validate!(v ?? '') } : {}),
    };
    return answer<string>(await (q.multiline ? clack.multiline(options) : clack.text(options)));
  },
  async select(q) {
    return answer<never>(
      await clack.select({
        message: q.message,
        options: clackOptions(q.options),
        ...(q.initial ? { initialValue: q.initial } : {}),
      }),
    );
  },
  async multiselect(q) {
    return answer<never>(
      await clack.multiselect({
        message: q.message,
        options: clackOptions(q.options),
        ...(q.initial ? { initialValues: q.initial } : {}),
        required: q.required ?? false,
      }),
    );
  },
  async confirm(q) {
    return answer<boolean>(await clack.confirm({ message: q.message, initialValue: q.initial ?? true }));
  },
  note(message, title) {
    clack.note(message, title);
  },
};
