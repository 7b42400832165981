/**
 * Every word a reader sees on `/subscribe/`, in one place (the message catalog of the pages will
 * take them from here). Templates take the site's name and the addresses to show. What each chat
 * app offers is as its makers document it: Slack's RSS app; Microsoft Teams retired its Office 365
 * connectors (the RSS connector among them), so a Workflows flow reads the feed; Discord has no
 * feed reader of its own, only channel webhooks something else must post to.
 */
export const SUBSCRIBE_TEXT = {
  title: 'Subscribe to updates',
  intro: (name: string) =>
    `Every way to follow ${name}: each new update of an incident or a maintenance reaches you the way you choose. None needs an account with us.`,
  email: {
    heading: 'By email',
  },
  feeds: {
    heading: 'Feeds',
    intro:
      'Paste a feed’s address into your feed reader. Every update is an item of its own, so each new one shows as new. RSS and Atom suit most readers; JSON Feed suits scripts.',
    all: 'Everything: incidents, maintenance and post-incident reports',
    maintenance: 'Scheduled maintenance only',
    componentsHeading: 'One component',
    componentsIntro: 'Only the incidents and maintenance that affect one component.',
    formats: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
    /** A link's accessible name, which starts with its visible format: "RSS feed of REST API". */
    linkNames: { rss: 'RSS feed of', atom: 'Atom feed of', json: 'JSON Feed of' },
  },
  calendar: {
    heading: 'Maintenance calendar',
    intro:
      'Every maintenance window as a calendar that updates itself. Apple Calendar and Outlook subscribe when you open the calendar link; in Google Calendar choose “Other calendars”, then “From URL”, and paste the address.',
    webcal: 'Subscribe in your calendar app',
    https: 'Calendar address',
  },
  api: {
    heading: 'For developers: the status API',
    intro:
      'The same information as JSON in the shapes of the Atlassian Statuspage API v2, so existing Statuspage clients and widgets work with it. Other sites may read it from the browser.',
    summary: 'The current status, components, open incidents and maintenance',
    all: 'Every incident and maintenance, each with its own file',
  },
  chat: {
    heading: 'In a chat app',
    intro: 'Post each new update to a team channel with the app’s own tools.',
    slack: {
      name: 'Slack',
      steps: ['Add Slack’s RSS app to your workspace (Apps, then search for “RSS”).', 'In the channel that should get the updates, send:'],
      command: (feed: string) => `/feed subscribe ${feed}`,
      after:
        'The RSS app then posts each new item. Send /feed list to see the channel’s feeds, and /feed remove with a feed’s number to stop.',
    },
    teams: {
      name: 'Microsoft Teams',
      steps: [
        'Microsoft has retired the Office 365 connectors of Teams, the RSS connector among them; the Workflows app replaces them.',
        'In the Workflows app (Power Automate), make a flow that starts with the RSS trigger “When a feed item is published”, with this address:',
      ],
      command: (feed: string) => feed,
      after:
        'and that then posts the item with the Teams action “Post message in a chat or channel”. Your organisation’s policies decide who may make flows.',
    },
    discord: {
      name: 'Discord',
      steps: [
        'Discord has no feed reader of its own. It gives each channel webhooks: Edit Channel, then Integrations, then Webhooks.',
        'A tool your team already runs (a scheduled job, an automation service or a feed bot you trust) can read this feed and post each new item to that webhook:',
      ],
      command: (feed: string) => feed,
      after: 'Statusmark cannot post to your server for you: the webhook’s address is a secret that stays with your team.',
    },
  },
} as const;
