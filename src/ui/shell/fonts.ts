// The fonts, served from our own origin (bundled from npm by Vite): every script our users write renders the same on
// every machine and offline. Only the subsets the seven languages need and only the weights the styles use (400 text,
// 600 names and labels, 700 headings). Each subset carries a unicode-range, so a page loads just the files its text uses.

// Noto Sans: Latin (English), Latin Extended (Azerbaijani ə, Turkish ğ ş İ ı), Cyrillic (Russian) and Cyrillic
// Extended (Kyrgyz ң ө ү).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-ext-600.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
// Armenian is not in Noto Sans itself.
import '@fontsource/noto-sans-armenian/armenian-400.css';
import '@fontsource/noto-sans-armenian/armenian-600.css';
import '@fontsource/noto-sans-armenian/armenian-700.css';
// Persian (Arabic script, Persian digits): Vazirmatn, designed for Persian text on screens.
import '@fontsource/vazirmatn/arabic-400.css';
import '@fontsource/vazirmatn/arabic-600.css';
import '@fontsource/vazirmatn/arabic-700.css';
