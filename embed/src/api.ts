// GraphQL over HTTP GET with the key in `apiKey`: a CORS "simple" request (no preflight), so that even a refusal
// (wrong origin, bad key) reaches the page and is told in French.

/** A failure the widget shows: a French sentence, and the API's code when there is one. */
export class WidgetError extends Error {
  constructor(message: string, readonly code: string, readonly retryable: boolean) {
    super(message);
  }
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const messages: Record<string, string> = {
  INVALID_API_KEY: "La clé d'API de ce module de recherche n'est pas valide (inconnue ou révoquée). Le site doit demander une nouvelle clé.",
  ORIGIN_NOT_ALLOWED: "Ce site n'est pas autorisé à utiliser cette clé d'API : l'adresse du site doit être déclarée avec la clé.",
  RATE_LIMITED: 'Trop de recherches en peu de temps. Patientez quelques secondes puis réessayez.',
  DATABASE_UNAVAILABLE: 'Le service des offres est momentanément indisponible. Réessayez dans un instant.',
  INVALID_PLACE: "Ce lieu est inconnu. Choisissez une commune dans la liste proposée.",
  SEARCH_TOO_LONG: 'Les mots-clés sont trop longs (200 caractères au plus).',
  TIMEOUT: 'La recherche a pris trop de temps. Précisez-la puis réessayez.',
};

export const networkMessage = 'Le service des offres est injoignable. Vérifiez votre connexion puis réessayez.';

/** The French sentence for an API error code. */
export const messageFor = (code: string): string =>
  messages[code] ?? "La recherche n'a pas pu aboutir à cause d'une erreur du service. Réessayez plus tard.";

export class StageApi {
  constructor(readonly url: string, readonly key: string | null) {}

  /** The URL of a GET request (or an EventSource) for this operation. */
  requestUrl(document: string, variables: object): string {
    const parameters = new URLSearchParams({ query: document, variables: JSON.stringify(variables) });
    if (this.key) parameters.set('apiKey', this.key);
    return `${this.url}${this.url.includes('?') ? '&' : '?'}${parameters}`;
  }

  async query<T>(document: string, variables: object, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await fetch(this.requestUrl(document, variables), {
        headers: { Accept: 'application/graphql-response+json, application/json' },
        credentials: 'omit',
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new WidgetError(networkMessage, 'NETWORK', true);
    }

    let answer: GraphQLAnswer<T>;
    try {
      answer = await response.json() as GraphQLAnswer<T>;
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new WidgetError(messageFor(''), `HTTP_${response.status}`, response.status >= 500);
    }

    const error = answer.errors?.[0];
    if (error || !answer.data) {
      const code = error?.extensions?.code ?? `HTTP_${response.status}`;
      throw new WidgetError(messageFor(code), code, response.status >= 500 || code === 'RATE_LIMITED');
    }

    return answer.data;
  }
}
