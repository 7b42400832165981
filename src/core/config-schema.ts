import { z } from 'zod';

/**
 * The schema of `status.config.yaml`. `npm run schema` turns it into
 * `status.config.schema.json` for editors, so the two can never disagree.
 */
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://status.example.com' })
  .describe('An absolute http(s) URL');

const componentId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, {
    error: 'must be lower-case letters, digits, "-" or "_" (it appears in URLs), e.g. "api" or "email-delivery"',
  })
  .describe('A short, stable identifier used in incident files and URLs, e.g. `api`');

export const ComponentSchema = z
  .strictObject({
    id: componentId,
    name: z.string().min(1).describe('The name customers read, e.g. "REST API"'),
    group: z.string().min(1).optional().describe('Components with the same group are shown together'),
    description: z.string().optional().describe('One line shown under the name'),
  })
  .describe('A part of your service customers can tell apart');

export const PolicySchema = z
  .strictObject({
    first_update_minutes: z
      .int()
      .positive()
      .default(15)
      .describe('The first public update is due this many minutes after an incident starts'),
    update_interval_minutes: z
      .int()
      .positive()
      .default(30)
      .describe('While an incident is open, the next update is due this many minutes after the last'),
    report_due_minutes: z
      .int()
      .positive()
      .default(60)
      .describe('A post-incident report for major and critical incidents is due this many minutes after resolution'),
  })
  .describe('The communication policy `npm run check` holds incidents to');

export const ConfigSchema = z
  .strictObject({
    name: z.string().min(1).describe('The page title, e.g. "Acme Status"'),
    url: httpUrl.describe(
      'Where the page is published; may include a base path such as https://acme.github.io/status/',
    ),
    description: z.string().optional().describe('One sentence for search engines and feed readers'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as "en" or "en-GB"' })
      .default('en')
      .describe('The language of your content (BCP 47), e.g. "en" or "de"'),
    logo: z.string().min(1).optional().describe('Path of a logo under public/ (e.g. /logo.svg) or an absolute URL'),
    support: z
      .strictObject({
        email: z.email({ error: 'must be an email address' }).optional().describe('Where customers write for help'),
        url: httpUrl.optional().describe('Your help centre or contact page'),
        phone: z.string().optional().describe('A phone number for urgent help'),
      })
      .optional()
      .describe('How customers reach you; shown on every page and in reports'),
    links: z
      .array(z.strictObject({ label: z.string().min(1), url: httpUrl }))
      .optional()
      .describe('Extra links in the page header, e.g. your home page or documentation'),
    theme: z
      .strictObject({
        accent: z
          .string()
          .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like "#1f6feb"' })
          .optional()
          .describe('Brand colour for links and the header'),
      })
      .optional()
      .describe('Colours of the page'),
    components: z.array(ComponentSchema).min(1, { error: 'list at least one component' }).describe('What your status page reports on'),
    policy: PolicySchema.prefault({}),
  })
  .describe('Statusmark site configuration');

export type SiteConfig = z.output<typeof ConfigSchema>;
export type ComponentConfig = z.output<typeof ComponentSchema>;
export type Policy = z.output<typeof PolicySchema>;
