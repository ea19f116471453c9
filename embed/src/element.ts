// <stage-offer-search>: the offer search of the Stage API for a portal's page. See README "Embedding the offer search".
import { StageApi, WidgetError, messageFor } from './api';
import { apiDates, frenchRange, localDates, parseDate, schoolWeeks, type SchoolDates } from './calendar';
import { CalendarDocument, PlacesDocument, SearchOffersDocument, SectorsDocument } from './generated/operations';
import type { CalendarQuery, PlacesQuery, SearchOffersQuery, SectorsQuery } from './generated/operations';
import type { Grade } from './generated/schema';
import { LiveSeats, type LiveState } from './live';
import { css } from './styles';
import { grades, offersArguments, parseGrades, sameState, stateFromUrl, urlWithState, type SearchState } from './state';

type Offer = SearchOffersQuery['offers'] extends infer C ? C extends { nodes: (infer O)[] } ? O : never : never;
type Place = PlacesQuery['places'][number];
type Facets = NonNullable<NonNullable<SearchOffersQuery['offers']>['facets']>;

const radii = [5, 10, 15, 20, 25, 30, 40, 50, 60];
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
let sheet: CSSStyleSheet | undefined;

/** Builds an element: attributes (a `part` among them), then children (text or elements). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;

export class StageOfferSearch extends HTMLElement {
  private readonly root: ShadowRoot;
  private api!: StageApi;
  private live!: LiveSeats;
  private allowedGrades: Grade[] = [];
  private state!: SearchState;
  private dates: SchoolDates = localDates(new Date());
  private defaults!: SearchState;
  private offers: Offer[] = [];
  private endCursor: string | null = null;
  private totalCount = 0;
  private search: AbortController | null = null;
  private suggestions: Place[] = [];
  private suggestionTimer = 0;
  private suggestionRequest: AbortController | null = null;
  private active = -1;
  private chosenPlace: { id: string; name: string } | null = null;
  private lastRun: () => void = () => {};
  private readonly onPopState = () => this.restoreFromUrl();

  private readonly form = h('form', { part: 'form', role: 'search', 'aria-label': 'Rechercher un stage', novalidate: true });
  private readonly keywords = h('input', { id: 'q', type: 'search', part: 'input', autocomplete: 'off', maxlength: '200' });
  private readonly place = h('input', {
    id: 'place', type: 'text', part: 'input', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': 'place-list', 'aria-describedby': 'place-help',
  });
  private readonly placeList = h('ul', { id: 'place-list', role: 'listbox', part: 'listbox', 'aria-label': 'Communes proposées', hidden: true });
  private readonly radius = h('select', { id: 'radius', part: 'select' });
  private readonly grade = h('select', { id: 'grade', part: 'select' });
  private readonly sector = h('select', { id: 'sector', part: 'select' });
  private readonly period = h('select', { id: 'period', part: 'select' });
  private readonly status = h('p', { class: 'status', part: 'status', role: 'status' });
  private readonly error = h('div', { class: 'error', part: 'error', role: 'alert', hidden: true });
  private readonly facets = h('details', { class: 'facets', part: 'facets' });
  private readonly facetsSummary = h('summary', { part: 'facets-summary' }, 'Affiner la recherche');
  private readonly list = h('ol', { class: 'list', part: 'list' });
  private readonly results = h('section', { part: 'results', 'aria-labelledby': 'results-title', 'aria-busy': 'false' });
  private readonly liveNote = h('p', { class: 'live', part: 'live', 'data-state': 'off' });
  private readonly moreButton = h('button', { type: 'button', part: 'button more', hidden: true }, 'Afficher plus d’offres');
  private readonly shown = h('p', { part: 'count' });

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    if (!this.root.childElementCount) this.render();
    window.addEventListener('popstate', this.onPopState);
    void this.start();
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    this.search?.abort();
    this.live?.close();
  }

  private get urlPrefix(): string { return this.getAttribute('url-prefix') ?? 'stage-'; }
  private get usesUrl(): boolean { return this.getAttribute('url-state') !== 'off'; }
  private get pageSize(): number {
    const size = Number(this.getAttribute('page-size') ?? 10);
    return Number.isInteger(size) && size >= 1 && size <= 100 ? size : 10;
  }

  private render(): void {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    this.root.adoptedStyleSheets = [sheet];

    const field = (id: string, label: string, control: HTMLElement, ...extra: HTMLElement[]) =>
      h('div', { class: 'field', part: 'field' }, h('label', { for: id, part: 'label' }, label), control, ...extra);
    for (const km of radii) this.radius.append(h('option', { value: String(km) }, `${km} km`));
    this.sector.append(h('option', { value: '' }, 'Tous les secteurs'));
    this.form.append(
      field('q', 'Mots-clés', this.keywords),
      field('place', 'Commune ou code postal', this.place, this.placeList,
        h('span', { id: 'place-help', class: 'visually-hidden' }, 'Saisissez au moins deux caractères, puis choisissez dans la liste avec les flèches.')),
      field('radius', 'Rayon autour de la commune', this.radius),
      field('grade', 'Niveau', this.grade),
      field('sector', 'Secteur d’activité', this.sector),
      field('period', 'Période', this.period),
      h('button', { type: 'submit', class: 'primary submit', part: 'button submit' }, 'Rechercher'),
    );
    this.allowedGrades = parseGrades(this.getAttribute('grades'));
    this.fillGrades();
    this.fillPeriods();
    this.results.append(h('h2', { id: 'results-title' }, 'Offres de stage'), this.liveNote, this.list,
      h('div', { class: 'more' }, this.moreButton, this.shown));
    this.root.append(h('div', { part: 'container' }, this.form, this.status, this.error,
      h('div', { class: 'body' }, this.facets, this.results)));
    // Beside the results when there is room; folded above them on a phone, where they would push the results away.
    this.facets.open = this.getBoundingClientRect().width >= 960;
    this.facets.hidden = true;

    this.form.addEventListener('submit', (event) => { event.preventDefault(); void this.submit(); });
    this.moreButton.addEventListener('click', () => void this.more());
    this.place.addEventListener('input', () => this.placeTyped());
    this.place.addEventListener('keydown', (event) => this.placeKey(event));
    this.place.addEventListener('blur', () => window.setTimeout(() => this.closeSuggestions(), 150));
    this.placeList.addEventListener('mousedown', (event) => event.preventDefault());
    this.placeList.addEventListener('click', (event) => {
      const option = (event.target as Element).closest('[role="option"]');
      if (option) this.choose(Number(option.getAttribute('data-index')));
    });
  }

  private async start(): Promise<void> {
    const url = this.getAttribute('api-url') ?? new URL('/graphql', import.meta.url).href;
    this.api = new StageApi(url, this.getAttribute('api-key'));
    this.live = new LiveSeats(this.api, (id, seats, status) => this.updateSeats(id, seats, status), (state) => this.liveState(state));
    const radius = Number(this.getAttribute('radius') ?? 30);
    const period = this.getAttribute('period') ?? '';
    this.defaults = {
      keywords: this.getAttribute('keywords') ?? '', placeId: '', placeName: '',
      radius: radius > 0 && radius <= 200 ? radius : 30,
      grade: this.allowedGrades.length === 1 ? this.allowedGrades[0] : '',
      sector: this.getAttribute('sector') ?? '', period: period === '2nde' ? 'seconde' : period, department: '',
    };
    const fromUrl = this.usesUrl ? stateFromUrl(new URL(location.href), this.urlPrefix, this.defaults) : null;
    this.state = fromUrl ?? { ...this.defaults };
    this.fill(this.state);

    const sectors = this.api.query<SectorsQuery>(SectorsDocument, {}).then((data) => {
      for (const sector of data.sectors) this.sector.append(h('option', { value: sector.code }, sector.name));
      this.sector.value = this.state.sector;
    }).catch(() => { /* the search below tells what failed */ });
    const calendar = this.readCalendar();
    if (!fromUrl && this.getAttribute('place')) await this.defaultPlace(this.getAttribute('place')!);
    await calendar;
    this.period.value = this.state.period;
    await Promise.all([sectors, this.run(this.state)]);
  }

  /** The place of the `place` attribute (an INSEE code, a postal code or a name): the first commune found. */
  private async defaultPlace(text: string): Promise<void> {
    try {
      const [place] = await this.findPlaces(text, 1);
      if (place) Object.assign(this.defaults, { placeId: place.id, placeName: this.placeLabel(place) });
      this.state = { ...this.defaults };
      this.fill(this.state);
    } catch (error) {
      this.showError(error);
    }
  }

  private fillGrades(): void {
    const offered = this.allowedGrades.length ? grades.filter((g) => this.allowedGrades.includes(g.value)) : grades;
    if (offered.length > 1) this.grade.append(h('option', { value: '' }, 'Tous les niveaux'));
    for (const g of offered) this.grade.append(h('option', { value: g.value }, g.label));
  }

  private fillPeriods(): void {
    const chosen = this.period.value;
    const weeks = h('optgroup', { label: 'Une semaine' });
    for (const week of schoolWeeks(this.dates)) weeks.append(h('option', { value: week.value }, week.label));
    this.period.replaceChildren(h('option', { value: '' }, 'Toute l’année scolaire'), h('option', { value: 'seconde' }, this.dates.seconde.label), weeks);
    this.period.value = chosen;
  }

  /** The API's calendar (its today and the 2nde period it applies); the browser's own dates if it cannot be read. */
  private async readCalendar(): Promise<void> {
    try {
      const { schoolCalendar: calendar } = await this.api.query<CalendarQuery>(CalendarDocument, {});
      this.dates = apiDates(calendar.today, calendar.secondePeriod.startDate, calendar.secondePeriod.endDate);
      this.fillPeriods();
    } catch { /* the search below tells what failed */ }
  }

  private fill(state: SearchState): void {
    this.keywords.value = state.keywords;
    this.place.value = state.placeName;
    this.chosenPlace = state.placeId ? { id: state.placeId, name: state.placeName } : null;
    this.radius.value = String(state.radius);
    if (this.radius.value !== String(state.radius)) {
      this.radius.append(h('option', { value: String(state.radius) }, `${number.format(state.radius)} km`));
      this.radius.value = String(state.radius);
    }
    this.grade.value = state.grade;
    this.sector.value = state.sector;
    this.period.value = state.period;
  }

  private read(): SearchState {
    const chosen = this.chosenPlace && this.place.value.trim() === this.chosenPlace.name ? this.chosenPlace : null;
    return {
      keywords: this.keywords.value.trim(),
      placeId: chosen?.id ?? '',
      placeName: chosen?.name ?? this.place.value.trim(),
      radius: Number(this.radius.value),
      grade: this.grade.value as Grade | '',
      sector: this.sector.value,
      period: this.period.value,
      department: this.state.department,
    };
  }

  private async submit(department = this.state.department, sector?: string): Promise<void> {
    this.closeSuggestions();
    const state = { ...this.read(), department, ...(sector === undefined ? {} : { sector }) };
    if (!state.placeId && state.placeName) {
      try {
        const [place] = await this.findPlaces(state.placeName, 1);
        if (!place) {
          this.showError(new WidgetError(messageFor('INVALID_PLACE'), 'INVALID_PLACE', false));
          this.place.focus();
          return;
        }
        Object.assign(state, { placeId: place.id, placeName: this.placeLabel(place) });
      } catch (error) {
        this.showError(error);
        return;
      }
    }
    if (!state.placeId) state.placeName = '';
    if (this.usesUrl && !sameState(state, this.state)) history.pushState(null, '', urlWithState(new URL(location.href), this.urlPrefix, state));
    this.state = state;
    this.fill(state);
    await this.run(state);
  }

  private restoreFromUrl(): void {
    const state = stateFromUrl(new URL(location.href), this.urlPrefix, this.defaults) ?? { ...this.defaults };
    if (sameState(state, this.state)) return;
    this.state = state;
    this.fill(state);
    void this.run(state);
  }

  private variables(state: SearchState, after: string | null, withFacets: boolean) {
    return { first: this.pageSize, after, withFacets, ...offersArguments(state, this.allowedGrades, this.dates.seconde) };
  }

  private async run(state: SearchState): Promise<void> {
    this.lastRun = () => void this.run(state);
    this.search?.abort();
    const search = this.search = new AbortController();
    this.busy('Recherche en cours…');
    try {
      const variables = this.variables(state, null, true);
      const { offers } = await this.api.query<SearchOffersQuery>(SearchOffersDocument, variables, search.signal);
      if (search.signal.aborted || !offers) return;
      this.offers = offers.nodes;
      this.endCursor = offers.pageInfo.hasNextPage ? offers.pageInfo.endCursor ?? null : null;
      this.totalCount = offers.totalCount;
      this.list.replaceChildren(...offers.nodes.map((offer) => this.offerItem(offer)));
      if (offers.facets) this.renderFacets(offers.facets, state);
      this.done(offers.totalCount === 0
        ? 'Aucune offre ne correspond à cette recherche. Élargissez le rayon ou retirez un filtre.'
        : `${plural(offers.totalCount, 'offre trouvée', 'offres trouvées')}.`);
      this.live.follow(this.offers.map((o) => o.id));
      this.emit('stage-search', { variables, totalCount: offers.totalCount, offerIds: this.offers.map((o) => o.id) });
    } catch (error) {
      if (!search.signal.aborted) this.showError(error);
    }
  }

  private async more(): Promise<void> {
    if (!this.endCursor) return;
    this.lastRun = () => void this.more();
    const search = this.search = new AbortController();
    this.busy('Chargement des offres suivantes…');
    try {
      const { offers } = await this.api.query<SearchOffersQuery>(SearchOffersDocument, this.variables(this.state, this.endCursor, false), search.signal);
      if (search.signal.aborted || !offers) return;
      const items = offers.nodes.map((offer) => this.offerItem(offer));
      this.list.append(...items);
      this.offers.push(...offers.nodes);
      this.endCursor = offers.pageInfo.hasNextPage ? offers.pageInfo.endCursor ?? null : null;
      this.done(`${plural(offers.nodes.length, 'offre de plus', 'offres de plus')} : ${plural(this.offers.length, 'offre affichée', 'offres affichées')} sur ${this.totalCount.toLocaleString('fr-FR')}.`);
      items[0]?.querySelector<HTMLElement>('h3')?.focus();
      this.live.follow(this.offers.map((o) => o.id));
      this.emit('stage-more', { offerIds: offers.nodes.map((o) => o.id) });
    } catch (error) {
      if (!search.signal.aborted) this.showError(error);
    }
  }

  private busy(message: string): void {
    this.results.setAttribute('aria-busy', 'true');
    this.error.hidden = true;
    this.status.textContent = message;
  }

  private done(message: string): void {
    this.results.setAttribute('aria-busy', 'false');
    this.status.textContent = message;
    this.moreButton.hidden = !this.endCursor;
    this.shown.textContent = this.totalCount ? `${plural(this.offers.length, 'offre affichée', 'offres affichées')} sur ${this.totalCount.toLocaleString('fr-FR')}` : '';
  }

  private showError(error: unknown): void {
    const known = error instanceof WidgetError ? error : new WidgetError(messageFor(''), 'UNKNOWN', true);
    this.results.setAttribute('aria-busy', 'false');
    this.status.textContent = '';
    this.error.replaceChildren(h('p', {}, known.message));
    if (known.retryable) {
      const retry = h('button', { type: 'button', part: 'button retry' }, 'Réessayer');
      retry.addEventListener('click', () => this.lastRun());
      this.error.append(retry);
    }
    this.error.hidden = false;
    this.emit('stage-error', { code: known.code, message: known.message });
  }

  private offerItem(offer: Offer): HTMLLIElement {
    const template = this.getAttribute('offer-url');
    let href: string | null = null;
    if (template) {
      try {
        const url = new URL(template.replaceAll('{id}', encodeURIComponent(offer.id)), location.href);
        if (url.protocol === 'https:' || url.protocol === 'http:') href = url.href;
      } catch { /* a malformed template: titles without links */ }
    }
    const title = h('h3', { part: 'offer-title', tabindex: '-1' }, href ? h('a', { href, part: 'offer-link' }, offer.title) : offer.title);
    const commune = `${offer.address.city}${offer.address.postalCode ? ` (${offer.address.postalCode})` : ''}`;
    const distance = offer.distanceKm == null ? '' : ` · à ${number.format(offer.distanceKm)} km`;
    const levels = offer.grades.map((g) => grades.find((x) => x.value === g)?.short ?? g).join(', ');
    return h('li', { class: 'offer', part: 'offer', 'data-offer-id': offer.id },
      title,
      h('p', { part: 'offer-host' }, offer.employer.name),
      h('p', { part: 'offer-place', class: 'muted' }, commune + distance),
      h('p', { part: 'offer-dates' }, frenchRange(parseDate(offer.firstDate), parseDate(offer.lastDate))),
      h('p', { part: 'offer-sector', class: 'muted' }, `${offer.sector.name} · ${levels}`),
      this.seatsText(h('p', { part: 'offer-seats', class: 'seats' }), offer.remainingSeats, 'PUBLISHED'));
  }

  private seatsText(element: HTMLElement, remaining: number, status: string): HTMLElement {
    const open = status === 'PUBLISHED' && remaining > 0;
    element.textContent = open ? plural(remaining, 'place restante', 'places restantes') : 'Plus de place disponible';
    element.classList.toggle('full', !open);
    element.setAttribute('data-remaining', String(open ? remaining : 0));
    return element;
  }

  private updateSeats(offerId: string, remaining: number, status: string): void {
    for (const item of this.list.querySelectorAll<HTMLElement>('[data-offer-id]')) {
      if (item.getAttribute('data-offer-id') === offerId) this.seatsText(item.querySelector('.seats')!, remaining, status);
    }
  }

  private liveState(state: LiveState): void {
    this.liveNote.setAttribute('data-state', state);
    this.liveNote.textContent = state === 'open' ? 'Places restantes mises à jour en direct.'
      : state === 'polling' ? 'Places restantes mises à jour chaque minute.' : '';
  }

  private renderFacets(facets: Facets, state: SearchState): void {
    const group = (title: string, items: { key: string; label: string; count: number }[], selected: string, pick: (key: string) => void) => {
      const id = `facet-${title.length}`;
      const list = h('ul');
      for (const item of items.slice(0, 12)) {
        const button = h('button', { type: 'button', part: 'facet', 'aria-pressed': String(item.key === selected) }, `${item.label} (${item.count.toLocaleString('fr-FR')})`);
        button.addEventListener('click', () => pick(item.key === selected ? '' : item.key));
        list.append(h('li', {}, button));
      }
      return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), list);
    };
    this.facets.hidden = !facets.sectors.length && !facets.departments.length;
    this.facets.replaceChildren(this.facetsSummary,
      group('Secteurs d’activité', facets.sectors.map((f) => ({ key: f.sector.code, label: f.sector.name, count: f.count })), state.sector,
        (code) => void this.submit(state.department, code)),
      group('Départements', facets.departments.map((f) => ({ key: f.code, label: `${f.name} (${f.code})`, count: f.count })), state.department,
        (code) => void this.submit(code)),
    );
  }

  private placeLabel(place: Place): string {
    return `${place.name} (${place.postalCodes.length === 1 ? place.postalCodes[0] : place.department?.code ?? place.code})`;
  }

  private async findPlaces(text: string, first: number, signal?: AbortSignal): Promise<Place[]> {
    const data = await this.api.query<PlacesQuery>(PlacesDocument, { search: text.slice(0, 100), first: Math.max(first, 8) }, signal);
    return data.places.filter((p) => p.kind === 'COMMUNE' || p.kind === 'ARRONDISSEMENT').slice(0, first);
  }

  private placeTyped(): void {
    clearTimeout(this.suggestionTimer);
    const text = this.place.value.trim();
    if (text.length < 2) {
      this.closeSuggestions();
      return;
    }
    this.suggestionTimer = window.setTimeout(async () => {
      this.suggestionRequest?.abort();
      const request = this.suggestionRequest = new AbortController();
      try {
        this.suggestions = await this.findPlaces(text, 8, request.signal);
        if (!request.signal.aborted) this.showSuggestions();
      } catch {
        if (!request.signal.aborted) this.closeSuggestions();
      }
    }, 250);
  }

  private showSuggestions(): void {
    this.active = -1;
    this.placeList.replaceChildren(...this.suggestions.map((place, index) =>
      h('li', { id: `place-${index}`, role: 'option', part: 'option', 'aria-selected': 'false', 'data-index': String(index) }, this.placeLabel(place))));
    const open = this.suggestions.length > 0 && this.root.activeElement === this.place;
    this.placeList.hidden = !open;
    this.place.setAttribute('aria-expanded', String(open));
    this.place.removeAttribute('aria-activedescendant');
  }

  private closeSuggestions(): void {
    this.placeList.hidden = true;
    this.place.setAttribute('aria-expanded', 'false');
    this.place.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private placeKey(event: KeyboardEvent): void {
    const open = !this.placeList.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!this.suggestions.length) return;
      event.preventDefault();
      if (!open) this.showSuggestions();
      const count = this.suggestions.length;
      this.moveTo(event.key === 'ArrowDown' ? (this.active + 1) % count : (this.active - 1 + count) % count);
    } else if (event.key === 'Enter' && open && this.active >= 0) {
      event.preventDefault();
      this.choose(this.active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.closeSuggestions();
    }
  }

  private moveTo(index: number): void {
    this.active = index;
    for (const option of this.placeList.children) option.setAttribute('aria-selected', String(option.id === `place-${index}`));
    this.place.setAttribute('aria-activedescendant', `place-${index}`);
    this.placeList.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  private choose(index: number): void {
    const place = this.suggestions[index];
    if (!place) return;
    this.chosenPlace = { id: place.id, name: this.placeLabel(place) };
    this.place.value = this.chosenPlace.name;
    this.closeSuggestions();
  }

  private emit(name: string, detail: object): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}
