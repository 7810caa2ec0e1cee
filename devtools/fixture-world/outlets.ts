/**
 * The outlets of the world, one table row per language: names as the outlets write them, where they are, their
 * sections and the few words of interface text their pages carry. Language keys are the ISO 639-3 codes the NTREX
 * stories use; `lang` is the BCP-47 code pages and configuration declare.
 */

export interface Section {
  slug: string;
  label: string;
  category: string;
}

export interface Locale {
  lang: string;
  country: string;
  /** Fixed UTC offset the outlet writes its times in (summer time, for realism; no zone rules). */
  offset: string;
  names: { id: string; name: string }[];
  cities: string[];
  authors: string[];
  sections: Section[];
  ui: {
    home: string;
    related: string;
    share: string;
    newsletter: string;
    subscribe: string;
    comments: string;
    comment: string;
    photo: string;
    subheading: string;
    advert: string;
    by: string;
  };
}

const politics = 'News/Politics';
const business = 'Business/Economy';
const world = 'News/World';

function sections(labels: [string, string][]): Section[] {
  const categories = [politics, business, world];
  return labels.map(([slug, label], i) => ({ slug, label, category: categories[i] as string }));
}

export const LOCALES: Record<string, Locale> = {
  spa: {
    lang: 'es', country: 'ES', offset: '+02:00',
    names: [{ id: 'diario-espanol', name: 'El Diario Español' }, { id: 'voz-de-castilla', name: 'La Voz de Castilla' }, { id: 'heraldo-del-sur', name: 'Heraldo del Sur' }],
    cities: ['Madrid', 'Sevilla', 'Valencia'],
    authors: ['María López García', 'Javier Ruiz', 'Lucía Fernández', 'Carlos Méndez'],
    sections: sections([['politica', 'Política'], ['economia', 'Economía'], ['internacional', 'Internacional']]),
    ui: { home: 'Portada', related: 'Te puede interesar', share: 'Compartir', newsletter: 'Recibe nuestro boletín cada mañana', subscribe: 'Suscribirse', comments: 'Comentarios', comment: 'Muy buen artículo, gracias.', photo: 'Foto', subheading: 'Las claves', advert: 'Publicidad', by: 'Por' },
  },
  cat: {
    lang: 'ca', country: 'ES', offset: '+02:00',
    names: [{ id: 'diari-de-barcelona', name: 'El Diari de Barcelona' }, { id: 'veu-de-girona', name: 'La Veu de Girona' }, { id: 'noticies-de-lleida', name: 'Notícies de Lleida' }],
    cities: ['Barcelona', 'Girona', 'Tarragona'],
    authors: ['Jordi Puig', 'Montserrat Vila', 'Pere Casals', 'Núria Soler'],
    sections: sections([['politica', 'Política'], ['economia', 'Economia'], ['internacional', 'Internacional']]),
    ui: { home: 'Portada', related: 'També et pot interessar', share: 'Comparteix', newsletter: 'Rep el nostre butlletí cada matí', subscribe: 'Subscriu-te', comments: 'Comentaris', comment: 'Molt bon article, gràcies.', photo: 'Foto', subheading: 'Les claus', advert: 'Publicitat', by: 'Per' },
  },
  glg: {
    lang: 'gl', country: 'ES', offset: '+02:00',
    names: [{ id: 'xornal-de-galicia', name: 'Xornal de Galicia' }, { id: 'correo-galego', name: 'O Correo Galego do Mar' }, { id: 'voz-de-lugo', name: 'A Voz de Lugo' }],
    cities: ['Santiago de Compostela', 'A Coruña', 'Vigo'],
    authors: ['Xosé Manuel Piñeiro', 'Uxía Rodríguez', 'Brais Outeiro', 'Iria Castro'],
    sections: sections([['politica', 'Política'], ['economia', 'Economía'], ['internacional', 'Internacional']]),
    ui: { home: 'Portada', related: 'Tamén che pode interesar', share: 'Compartir', newsletter: 'Recibe o noso boletín cada mañá', subscribe: 'Subscribirse', comments: 'Comentarios', comment: 'Moi bo artigo, grazas.', photo: 'Foto', subheading: 'As claves', advert: 'Publicidade', by: 'Por' },
  },
  por: {
    lang: 'pt', country: 'PT', offset: '+01:00',
    names: [{ id: 'gazeta-do-porto', name: 'A Gazeta do Porto' }, { id: 'diario-de-lisboa-hoje', name: 'Diário de Lisboa Hoje' }, { id: 'jornal-do-minho', name: 'Jornal do Minho' }],
    cities: ['Porto', 'Lisboa', 'Braga'],
    authors: ['João Silva', 'Ana Sofia Costa', 'Miguel Ferreira', 'Inês Carvalho'],
    sections: sections([['politica', 'Política'], ['economia', 'Economia'], ['mundo', 'Mundo']]),
    ui: { home: 'Início', related: 'Leia também', share: 'Partilhar', newsletter: 'Receba a nossa newsletter todas as manhãs', subscribe: 'Subscrever', comments: 'Comentários', comment: 'Muito bom artigo, obrigado.', photo: 'Fotografia', subheading: 'O essencial', advert: 'Publicidade', by: 'Por' },
  },
  fra: {
    lang: 'fr', country: 'FR', offset: '+02:00',
    names: [{ id: 'le-quotidien', name: 'Le Quotidien' }, { id: 'gazette-de-lyon', name: 'La Gazette de Lyon' }, { id: 'echo-du-midi', name: 'L’Écho du Midi' }],
    cities: ['Paris', 'Lyon', 'Marseille'],
    authors: ['Claire Dubois', 'Jean-Marc Lefèvre', 'Élodie Martin', 'Hugo Bernard'],
    sections: sections([['politique', 'Politique'], ['economie', 'Économie'], ['international', 'International']]),
    ui: { home: 'Accueil', related: 'À lire aussi', share: 'Partager', newsletter: 'Recevez notre lettre d’information chaque matin', subscribe: 'S’abonner', comments: 'Commentaires', comment: 'Très bon article, merci.', photo: 'Photo', subheading: 'Ce qu’il faut retenir', advert: 'Publicité', by: 'Par' },
  },
  ita: {
    lang: 'it', country: 'IT', offset: '+02:00',
    names: [{ id: 'corriere-nazionale', name: 'Il Corriere Nazionale' }, { id: 'gazzetta-di-torino', name: 'La Gazzetta di Torino' }, { id: 'messaggero-del-sud', name: 'Il Messaggero del Sud' }],
    cities: ['Roma', 'Milano', 'Napoli'],
    authors: ['Giulia Rossi', 'Marco Bianchi', 'Francesca Esposito', 'Luca Romano'],
    sections: sections([['politica', 'Politica'], ['economia', 'Economia'], ['esteri', 'Esteri']]),
    ui: { home: 'Home', related: 'Potrebbe interessarti', share: 'Condividi', newsletter: 'Ricevi la nostra newsletter ogni mattina', subscribe: 'Iscriviti', comments: 'Commenti', comment: 'Ottimo articolo, grazie.', photo: 'Foto', subheading: 'I punti chiave', advert: 'Pubblicità', by: 'di' },
  },
  ron: {
    lang: 'ro', country: 'RO', offset: '+03:00',
    names: [{ id: 'gazeta-romaneasca', name: 'Gazeta Românească' }, { id: 'adevarul-de-cluj', name: 'Adevărul de Cluj' }, { id: 'jurnalul-dunarii', name: 'Jurnalul Dunării' }],
    cities: ['București', 'Cluj-Napoca', 'Iași'],
    authors: ['Andreea Popescu', 'Mihai Ionescu', 'Ioana Dumitrescu', 'Ștefan Constantin'],
    sections: sections([['politica', 'Politică'], ['economie', 'Economie'], ['externe', 'Externe']]),
    ui: { home: 'Acasă', related: 'Citește și', share: 'Distribuie', newsletter: 'Primește newsletterul nostru în fiecare dimineață', subscribe: 'Abonează-te', comments: 'Comentarii', comment: 'Foarte bun articol, mulțumesc.', photo: 'Foto', subheading: 'Pe scurt', advert: 'Publicitate', by: 'de' },
  },
  deu: {
    lang: 'de', country: 'DE', offset: '+02:00',
    names: [{ id: 'der-tagesbote', name: 'Der Tagesbote' }, { id: 'muenchner-abendblatt', name: 'Münchner Abendblatt' }, { id: 'koelner-rundschau-heute', name: 'Kölner Rundschau Heute' }],
    cities: ['Berlin', 'München', 'Köln'],
    authors: ['Anna Schmidt', 'Jürgen Müller', 'Katrin Weiß', 'Felix Becker'],
    sections: sections([['politik', 'Politik'], ['wirtschaft', 'Wirtschaft'], ['ausland', 'Ausland']]),
    ui: { home: 'Startseite', related: 'Mehr zum Thema', share: 'Teilen', newsletter: 'Unser Newsletter jeden Morgen in Ihrem Postfach', subscribe: 'Abonnieren', comments: 'Kommentare', comment: 'Sehr guter Artikel, danke.', photo: 'Foto', subheading: 'Die Hintergründe', advert: 'Anzeige', by: 'Von' },
  },
  nld: {
    lang: 'nl', country: 'NL', offset: '+02:00',
    names: [{ id: 'dagblad-van-utrecht', name: 'Het Dagblad van Utrecht' }, { id: 'haagse-courant', name: 'De Haagse Courant' }, { id: 'nieuwsblad-noord', name: 'Nieuwsblad Noord' }],
    cities: ['Utrecht', 'Den Haag', 'Groningen'],
    authors: ['Sanne de Vries', 'Jeroen Bakker', 'Lotte Jansen', 'Pieter van Dijk'],
    sections: sections([['politiek', 'Politiek'], ['economie', 'Economie'], ['buitenland', 'Buitenland']]),
    ui: { home: 'Home', related: 'Lees ook', share: 'Delen', newsletter: 'Ontvang elke ochtend onze nieuwsbrief', subscribe: 'Aanmelden', comments: 'Reacties', comment: 'Heel goed artikel, bedankt.', photo: 'Foto', subheading: 'De achtergrond', advert: 'Advertentie', by: 'Door' },
  },
  pol: {
    lang: 'pl', country: 'PL', offset: '+02:00',
    names: [{ id: 'kurier-warszawski', name: 'Kurier Warszawski' }, { id: 'gazeta-krakowska-codzienna', name: 'Gazeta Krakowska Codzienna' }, { id: 'glos-slaska', name: 'Głos Śląska' }],
    cities: ['Warszawa', 'Kraków', 'Gdańsk'],
    authors: ['Katarzyna Nowak', 'Piotr Wiśniewski', 'Agnieszka Wójcik', 'Łukasz Zieliński'],
    sections: sections([['polityka', 'Polityka'], ['gospodarka', 'Gospodarka'], ['swiat', 'Świat']]),
    ui: { home: 'Strona główna', related: 'Zobacz także', share: 'Udostępnij', newsletter: 'Otrzymuj nasz newsletter każdego ranka', subscribe: 'Zapisz się', comments: 'Komentarze', comment: 'Bardzo dobry artykuł, dziękuję.', photo: 'Fot.', subheading: 'Najważniejsze', advert: 'Reklama', by: 'Autor:' },
  },
  rus: {
    lang: 'ru', country: 'RU', offset: '+03:00',
    names: [{ id: 'moskovsky-vestnik', name: 'Московский вестник' }, { id: 'nevskie-vedomosti', name: 'Невские ведомости' }, { id: 'sibirskaya-gazeta', name: 'Сибирская газета' }],
    cities: ['Москва', 'Санкт-Петербург', 'Новосибирск'],
    authors: ['Анна Иванова', 'Дмитрий Смирнов', 'Ольга Кузнецова', 'Сергей Попов'],
    sections: sections([['politics', 'Политика'], ['economics', 'Экономика'], ['world', 'В мире']]),
    ui: { home: 'Главная', related: 'Читайте также', share: 'Поделиться', newsletter: 'Получайте нашу рассылку каждое утро', subscribe: 'Подписаться', comments: 'Комментарии', comment: 'Отличная статья, спасибо.', photo: 'Фото', subheading: 'Главное', advert: 'Реклама', by: 'Автор:' },
  },
  ukr: {
    lang: 'uk', country: 'UA', offset: '+03:00',
    names: [{ id: 'kyivsky-kurier', name: 'Київський кур’єр' }, { id: 'lvivska-gazeta', name: 'Львівська газета' }, { id: 'odeski-novyny', name: 'Одеські новини' }],
    cities: ['Київ', 'Львів', 'Одеса'],
    authors: ['Олена Шевченко', 'Андрій Коваленко', 'Ірина Бондаренко', 'Тарас Мельник'],
    sections: sections([['polityka', 'Політика'], ['ekonomika', 'Економіка'], ['svit', 'Світ']]),
    ui: { home: 'Головна', related: 'Читайте також', share: 'Поділитися', newsletter: 'Отримуйте нашу розсилку щоранку', subscribe: 'Підписатися', comments: 'Коментарі', comment: 'Чудова стаття, дякую.', photo: 'Фото', subheading: 'Головне', advert: 'Реклама', by: 'Автор:' },
  },
  eng: {
    lang: 'en', country: 'GB', offset: '+01:00',
    names: [{ id: 'morning-ledger', name: 'The Morning Ledger' }, { id: 'northern-chronicle', name: 'The Northern Chronicle' }, { id: 'harbour-times', name: 'The Harbour Times' }],
    cities: ['London', 'Manchester', 'Bristol'],
    authors: ['Sarah Thompson', 'James Whitfield', 'Priya Patel', 'Tom O’Brien'],
    sections: sections([['politics', 'Politics'], ['business', 'Business'], ['world', 'World']]),
    ui: { home: 'Home', related: 'Read more', share: 'Share', newsletter: 'Get our newsletter every morning', subscribe: 'Sign up', comments: 'Comments', comment: 'Great piece, thanks.', photo: 'Photograph', subheading: 'What we know', advert: 'Advertisement', by: 'By' },
  },
};

/** The default order: one source per language, in the order the discovery formats are handed out. */
export const LANGUAGE_ORDER = ['spa', 'cat', 'glg', 'por', 'fra', 'ita', 'ron', 'deu', 'nld', 'pol', 'rus', 'ukr', 'eng'];

/** Accepts an NTREX code ("spa") or a BCP-47 one ("es"); returns the NTREX code. */
export function localeKey(code: string): string {
  if (LOCALES[code]) return code;
  const found = Object.entries(LOCALES).find(([, l]) => l.lang === code);
  if (!found) throw new Error(`fixture world: unknown language "${code}" (known: ${LANGUAGE_ORDER.join(', ')})`);
  return found[0];
}
