import type { APIRoute } from 'astro';
import { CALENDAR_MEDIA_TYPE, maintenanceCalendar } from '../core/outputs/ical.ts';
import { siteModel } from '../lib/model.ts';

export const GET = (() =>
  new Response(maintenanceCalendar(siteModel()), { headers: { 'Content-Type': CALENDAR_MEDIA_TYPE } })) satisfies APIRoute;
