/** /data/oembed/timeline.json: the oEmbed response for the embeddable timeline. */
import { embedTargets, oembedResponse } from '../../../embed/oembed.ts';

export const GET = () => Response.json(oembedResponse(embedTargets.timeline()));
