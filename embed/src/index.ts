import { StageOfferSearch } from './element';

if (!customElements.get('stage-offer-search')) customElements.define('stage-offer-search', StageOfferSearch);

export { StageOfferSearch };
