/**
 * The plain-language style rules: for every rule, text that breaks it and text that keeps it,
 * plus the config (`style`, `rules`) and the suppression comment.
 */
import { describe, expect, it } from 'vitest';
import { STYLE_RULE_IDS, type StyleRuleId } from '../src/core/diagnostics/catalog/style-rules.ts';
import { parseConfig } from '../src/core/content/config/config.ts';
import { BASE_CONFIG } from './helpers/content-root.ts';
import { codes, lint } from './helpers/lint.ts';

/** A resolved minor incident with one update saying `text` (line 6), so no policy rule fires. */
const withText = (text: string, title = 'Elevated error rates on the REST API') =>
  `---\ntitle: ${title}\nimpact: minor\n---\n\n## 2026-11-20 14:20 UTC · Resolved\n${text}\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail. Next update by 14:35 UTC.\n`;

const LONG =
  'We are looking into the errors that some customers see when they create shipments through the API or the dashboard and we will keep working on them until every request succeeds again and all the labels are created.';

const CASES: Record<StyleRuleId, { triggers: [string, string][]; passes: [string, string][] }> = {
  'style-speculation': {
    triggers: [
      ['“probably”', 'The cause is probably a faulty release.'],
      ['“we think it might be”', 'We think it might be the database.'],
      ['“it appears”, about the cause', 'It appears that a failed disk caused the errors.'],
      ['“it seems … was due to”', 'It seems that the slowness was due to the provider’s outage three days ago.'],
      ['“suspected”', 'The region is degraded due to suspected storage issues.'],
      ['“we think it’s”', 'As not all users were impacted, we think it’s an incident at our CDN.'],
      [
        '“we believe … are being caused by”, where blame’s “caused by” overlaps',
        'We believe the errors are being caused by an isolated ISP issue.',
      ],
      ['“probably related to”', 'We are seeing problems, probably related to an outage at our cloud provider.'],
      ['“speculated that … related to”', 'Many have speculated that the uploads were related to the policy debate.'],
    ],
    passes: [
      ['what is known', 'We are investigating the cause. A faulty release caused the errors.'],
      ['a hedge about progress', 'We believe we have mitigated the problem.'],
      [
        '“we believe we have identified the issue that is causing”',
        'We believe we have identified the issue that is causing API timeouts.',
      ],
      ['a hedge about recovery', 'This appears to be resolved. We are monitoring closely.'],
      [
        '“the issue causing …” names the problem, not its cause',
        'We believe the issue causing storage attachments to fail has been resolved.',
      ],
      ['a hedge about a status', 'The job appears to be waiting for its status to update.'],
      ['a hedge about scope', 'Builds and possibly other services are slow.'],
      ['“seems to be working”', 'Everything else seems to be working correctly.'],
      ['“may” about impact', 'Events may arrive up to 15 minutes late.'],
      ['a forecast, in a sentence that states a cause', 'Due to how the releases differ, this will likely be a long effort.'],
      ['reporting the investigation', 'Sean finds a possible cause for the bug and opens a fix.'],
    ],
  },
  'style-blame': {
    triggers: [
      ['“not our fault”', 'This outage was not our fault.'],
      ['“X’s fault”', 'The outage was our cloud provider’s fault.'],
      ["“X's fault”, with a straight apostrophe", "It was Contoso's fault."],
      ['“the fault of X”', 'The outage was the fault of our hosting provider.'],
      ['“the blame lies with X”', 'The blame lies with our hosting provider.'],
      ['“X dropped the ball”', 'Our DNS vendor dropped the ball.'],
      ['“X failed us”', 'Our payment partner failed us.'],
      ['“X let us down”', 'Our hosting provider let us down last night.'],
      ['“blame X”', 'We blame our email vendor for the delays.'],
      ['“because X messed up”', 'Labels failed because a carrier messed up.'],
      ['“caused by a mistake at X”', 'The outage was caused by a mistake at our cloud provider.'],
      ['“X is to blame”', 'Our network provider is to blame.'],
      ['“X made a mistake”', 'An engineer at our provider made a mistake.'],
    ],
    passes: [
      ['“due to our cloud provider”: attribution, not blame', 'The errors were due to our cloud provider.'],
      ['“due to Azure”', 'The errors were due to Azure.'],
      ['“caused by a third-party service”', 'The delay was caused by a third-party service.'],
      ['“due to a Fastly world-wide incident”', 'Due to a Fastly world-wide incident, three services are impacted.'],
      [
        '“due to an issue with the upstream network provider”',
        'This is due to an issue with the upstream network provider to the data centre.',
      ],
      ['owning it', 'We lost the connection to a partner’s systems and are restoring it.'],
      ['naming a partner without blame', 'Status events from one of our carrier partners are reaching us late.'],
      ['cause and party in different clauses', 'Because of the outage, our partners could not book shipments.'],
      ['“due to an issue with our provider”', 'The outage was due to an issue with our provider.'],
      ['“a failure at” a named provider', 'The errors were due to a failure at Amazon Web Services.'],
      ['our own upstream system', 'The errors were due to an upstream database within our billing system.'],
      ['a fault in our own system', 'The outage was caused by a fault in our load balancer.'],
      ['“we made a mistake”', 'We made a mistake in the release and are rolling it back.'],
      ['“we dropped the ball”', 'We have really dropped the ball on this one.'],
      ['“we are to blame”', 'We are to blame for the delay.'],
      ['a partner’s systems, with no fault', 'Our partner’s systems are back, and bookings work again.'],
    ],
  },
  'style-promise': {
    triggers: [
      ['“will never happen again”', 'This will never happen again.'],
      ['“guaranteed”', 'Delivery is guaranteed from now on.'],
    ],
    passes: [['what is changing', 'We are adding alerts so we notice this sooner.']],
  },
  'style-jargon': {
    triggers: [
      ['“OOM”', 'The API servers hit OOM.'],
      ['“k8s”', 'Our k8s cluster restarted.'],
      ['“p99”', 'The p99 latency is high.'],
      ['“RCA”', 'An RCA will follow.'],
      ['“DB failover”', 'The DB failover took too long.'],
    ],
    passes: [
      ['plain words', 'The API servers ran out of memory. A post-incident report will follow.'],
      ['code is not prose', 'Requests fail with `OOM` in the error body.'],
      ['bare URLs are not prose', 'See https://status.example.com/k8s/p99 for details.'],
    ],
  },
  'style-long-sentence': {
    triggers: [['40 words', LONG]],
    passes: [['short sentences', 'Some requests fail. We are working on it. Next update by 14:35 UTC.']],
  },
};

describe('plain-language style rules', () => {
  it('has a triggering and a passing case for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual([...STYLE_RULE_IDS].sort());
  });

  for (const [rule, { triggers, passes }] of Object.entries(CASES)) {
    describe(rule, () => {
      it.each(triggers)('fires on %s', (_name, text) => {
        const found = lint(withText(text)).filter((d) => d.code === rule);
        expect(found, JSON.stringify(lint(withText(text)))).toHaveLength(1);
        expect(found[0]).toMatchObject({ severity: 'warning', line: 7, file: 'incidents/2026-11-20-test.md' });
        expect(found[0]!.hint).toBeTruthy();
      });
      it.each(passes)('does not fire on %s', (_name, text) => {
        expect(codes(lint(withText(text)))).not.toContain(rule);
      });
    });
  }

  it.each([
    ['The errors were due to a mistake at our provider.', '“due to a mistake at our provider” puts the blame on someone else'],
    ['The outage was caused by a\nmistake at our\npartner.', '“caused by a mistake at our partner” puts the blame on someone else'],
    ['The delay was caused by a blunder at our hosting provider.', '“caused by … provider” puts the blame on someone else'],
    ['The errors were due to\nthe negligence of our\npartners.', '“due to the negligence of our partners” puts the blame on someone else'],
    ['The outage was our cloud provider’s fault.', '“provider’s fault” blames someone else'],
    ['Our DNS vendor dropped the ball.', '“dropped the ball” blames someone else'],
  ])('words the blame finding for “%s” with every space in place', (text, message) => {
    expect(
      lint(withText(text))
        .filter((d) => d.code === 'style-blame')
        .map((d) => d.message),
    ).toEqual([message]);
  });

  it('points at the words, with a suggestion', () => {
    const [d] = lint(withText('Our pods hit OOM.')).filter((x) => x.message.includes('OOM'));
    expect(d).toMatchObject({ code: 'style-jargon', line: 7, column: 14 });
    expect(d!.message).toContain('ran out of memory');
  });

  it('checks the title, the summary and the report too', () => {
    const text = `---\ntitle: OOM errors on the API\nimpact: minor\n---\n\nThe cause is probably a release.\n\n## 2026-11-20 14:20 UTC · Resolved\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail. Next update by 14:35 UTC.\n\n## Post-incident report\n### Summary\nThis will never happen again.\n`;
    const found = lint(text).filter((d) => d.code.startsWith('style-'));
    expect(found.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      '2:8 style-jargon',
      '6:14 style-speculation',
      '16:11 style-promise',
    ]);
  });

  it('skips the Components: line of an update', () => {
    const text = `---\ntitle: API errors\nimpact: minor\ncomponents: [api]\n---\n\n## 2026-11-20 14:20 UTC · Resolved\nComponents: api = operational\n\nFixed.\n\n## 2026-11-20 14:05 UTC · Investigating\nSome requests fail. Next update by 14:35 UTC.\n`;
    expect(lint(text, { config: 'style: { jargon: { api: application interface } }\n' }).map((d) => d.line)).toEqual([2]);
  });
});

describe('style settings from status.config.yaml', () => {
  it('adds jargon with its plain alternative', () => {
    const found = lint(withText('The PDU in rack 4 failed.'), { config: 'style: { jargon: { PDU: power supply } }\n' });
    expect(found.map((d) => d.code)).toEqual(['style-jargon']);
    expect(found[0]!.message).toContain('power supply');
  });

  it('allows a built-in term with false', () => {
    expect(codes(lint(withText('Our pods restarted.'), { config: 'style: { jargon: { pods: false } }\n' }))).toEqual([]);
  });

  it('holds a developer audience to its shorter jargon list', () => {
    const text = withText('The DB failover left our k8s pods returning 5xx errors until the hotfix.');
    expect(
      lint(text)
        .filter((d) => d.code === 'style-jargon')
        .map((d) => d.message),
    ).toEqual([
      '“DB failover” is jargon customers may not know; write “switch to a standby database” or similar',
      '“k8s” is jargon customers may not know; write “our servers” or similar',
      '“pods” is jargon customers may not know; write “servers” or similar',
      '“5xx” is jargon customers may not know; write “errors” or similar',
      '“hotfix” is jargon customers may not know; write “fix” or similar',
    ]);
    const developers = { config: 'style: { audience: developers }\n' };
    expect(codes(lint(text, developers))).toEqual([]);
    expect(lint(withText('We declared a SEV1 and the RCA will follow.'), developers).map((d) => d.message.split(' ')[0])).toEqual([
      '“SEV1”',
      '“RCA”',
    ]);
  });

  it('adds a team’s own terms to the developer list too', () => {
    const found = lint(withText('The PDU in rack 4 failed.'), {
      config: 'style: { audience: developers, jargon: { PDU: power supply } }\n',
    });
    expect(found.map((d) => d.code)).toEqual(['style-jargon']);
  });

  it('takes an instruction about the reader’s own tools as their words, not jargon', () => {
    expect(codes(lint(withText('Restart your pods and check your DB settings.')))).toEqual([]);
    expect(codes(lint(withText('Our pods restarted.')))).toEqual(['style-jargon']);
  });

  it('names the audiences when the value is wrong', () => {
    const bad = parseConfig(`${BASE_CONFIG}style: { audience: engineers }\n`).diagnostics;
    expect(bad.map((d) => d.code)).toEqual(['invalid-field']);
    expect(bad[0]!.message).toContain('developers');
  });

  it('sets the sentence length', () => {
    expect(codes(lint(withText(LONG), { config: 'style: { max_sentence_words: 50 }\n' }))).toEqual([]);
    const short = lint(withText('Some requests fail with errors again today.'), { config: 'style: { max_sentence_words: 6 }\n' });
    expect(short.filter((d) => d.line === 7).map((d) => d.code)).toEqual(['style-long-sentence']);
  });

  it('makes a rule an error, or switches it off', () => {
    expect(lint(withText('This will never happen again.'), { config: 'rules: { style-promise: error }\n' })[0]?.severity).toBe('error');
    expect(codes(lint(withText('This will never happen again.'), { config: 'rules: { style-promise: off }\n' }))).toEqual([]);
  });
});

describe('the suppression comment', () => {
  const twoUpdates = (comment: string) =>
    `---\ntitle: API errors\nimpact: minor\n---\n\n## 2026-11-20 14:20 UTC · Resolved\n${comment}It was probably a faulty release.\n\n## 2026-11-20 14:05 UTC · Investigating\nIt is probably the database. Next update by 14:35 UTC.\n`;

  it('switches the named rules off for one update only', () => {
    const found = lint(twoUpdates('<!-- statusmark-disable style-speculation -->\n'));
    expect(found.map((d) => `${d.line} ${d.code}`)).toEqual(['11 style-speculation']);
  });

  it('without ids switches every policy and style rule off in that update', () => {
    expect(lint(twoUpdates('<!-- statusmark-disable -->\n')).map((d) => d.line)).toEqual([11]);
  });

  it('statusmark-disable-file applies to the whole file', () => {
    expect(lint(twoUpdates('<!-- statusmark-disable-file style-speculation -->\n'))).toEqual([]);
  });

  it('warns about a rule id that does not exist', () => {
    const found = lint(twoUpdates('<!-- statusmark-disable style-speculaton -->\n'));
    expect(found.find((d) => d.code === 'bad-suppression')?.message).toContain('did you mean "style-speculation"');
  });

  it('is an HTML comment: allowed by the checker and never on the page', () => {
    expect(codes(lint(twoUpdates('<!-- statusmark-disable style-speculation -->\n')))).not.toContain('raw-html');
  });
});

describe('the config schema', () => {
  it('suggests the right rule id for a typo', async () => {
    const { parseConfig } = await import('../src/core/content/config/config.ts');
    const { BASE_CONFIG } = await import('./helpers/content-root.ts');
    const { diagnostics } = parseConfig(`${BASE_CONFIG}rules: { style-jargn: off }\n`);
    expect(diagnostics[0]).toMatchObject({ code: 'unknown-field' });
    expect(diagnostics[0]!.message).toContain('did you mean "style-jargon"');
    const bad = parseConfig(`${BASE_CONFIG}rules: { style-jargon: loud }\n`).diagnostics;
    expect(bad[0]).toMatchObject({ code: 'invalid-field' });
  });
});
