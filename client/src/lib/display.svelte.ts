// Display preferences: the deployment's brand (read from <html data-brand>, set by the server) and
// the reader's light or dark scheme, remembered on this device (the design system's
// "paramètres d'affichage").

export type Scheme = 'light' | 'dark' | 'system';
export type Brand = 'etat' | 'neutre';

const STORAGE_KEY = 'entraide.scheme';

function storedScheme(): Scheme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

class Display {
  readonly brand: Brand = document.documentElement.dataset.brand === 'neutre' ? 'neutre' : 'etat';
  scheme = $state<Scheme>(storedScheme());
  readonly #media = window.matchMedia('(prefers-color-scheme: dark)');

  /** Applies the scheme now and whenever the system's changes; returns the function that stops. */
  start(): () => void {
    this.#apply();
    const onChange = () => this.#apply();
    this.#media.addEventListener('change', onChange);
    return () => this.#media.removeEventListener('change', onChange);
  }

  setScheme(scheme: Scheme): void {
    this.scheme = scheme;
    try {
      if (scheme === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, scheme);
    } catch {
      // Private browsing: the choice holds for this visit only.
    }
    this.#apply();
  }

  #apply(): void {
    const dark = this.scheme === 'dark' || (this.scheme === 'system' && this.#media.matches);
    document.documentElement.dataset.frScheme = this.scheme;
    document.documentElement.dataset.frTheme = dark ? 'dark' : 'light';
  }
}

export const display = new Display();
