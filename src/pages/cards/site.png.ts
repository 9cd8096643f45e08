/** The site's default card (/cards/site.png). */
import { cardResponse } from '../../publish/cards/response.ts';
import { siteCard } from '../../publish/cards/cards.ts';

export const GET = () => cardResponse(siteCard());
