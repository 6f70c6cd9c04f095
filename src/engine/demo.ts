// A deterministic demo customers table: every segmentation family of PRODUCT.md, names in seven languages.

/** mulberry32: a small, fast, seeded PRNG (same seed, same data everywhere). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  { country: 'Azerbaijan', language: 'Azerbaijani', climate: 'Temperate', cities: [['Baku', 'Absheron'], ['Ganja', 'Ganja-Dashkasan'], ['Sumgait', 'Absheron'], ['Shaki', 'Shaki-Zagatala']], names: { f: ['Aysel', 'Leyla', 'Günel', 'Nigar', 'Səbinə'], m: ['Elvin', 'Rəşad', 'Tural', 'Orxan', 'İlkin'] }, last: ['Məmmədov', 'Əliyev', 'Hüseynov', 'Quliyev'] },
  { country: 'Türkiye', language: 'Turkish', climate: 'Mediterranean', cities: [['İstanbul', 'Marmara'], ['Ankara', 'Central Anatolia'], ['İzmir', 'Aegean'], ['Isparta', 'Mediterranean']], names: { f: ['Ayşe', 'Elif', 'Zeynep', 'Fatma', 'Işıl'], m: ['Mehmet', 'Mustafa', 'Emre', 'İbrahim', 'Burak'] }, last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin'] },
  { country: 'Iran', language: 'Persian', climate: 'Arid', cities: [['تهران', 'Tehran'], ['اصفهان', 'Isfahan'], ['شیراز', 'Fars'], ['تبریز', 'East Azerbaijan']], names: { f: ['مریم', 'زهرا', 'نگار', 'سارا'], m: ['علی', 'رضا', 'محمد', 'امیر'] }, last: ['رضایی', 'محمدی', 'حسینی', 'کریمی'] },
  { country: 'Armenia', language: 'Armenian', climate: 'Continental', cities: [['Երևան', 'Yerevan'], ['Գյումրի', 'Shirak'], ['Վանաձոր', 'Lori']], names: { f: ['Անի', 'Նարե', 'Մարիամ', 'Լուսինե'], m: ['Արամ', 'Դավիթ', 'Տիգրան', 'Հայկ'] }, last: ['Պետրոսյան', 'Սարգսյան', 'Հովհաննիսյան'] },
  { country: 'Kyrgyzstan', language: 'Kyrgyz', climate: 'Continental', cities: [['Бишкек', 'Chuy'], ['Ош', 'Osh'], ['Каракол', 'Issyk-Kul']], names: { f: ['Айгуль', 'Айпери', 'Жылдыз', 'Нургуль'], m: ['Азамат', 'Бакыт', 'Нурлан', 'Эрлан'] }, last: ['Абдыкадыров', 'Токтогулов', 'Исаков'] },
  { country: 'Russia', language: 'Russian', climate: 'Continental', cities: [['Москва', 'Moscow'], ['Санкт-Петербург', 'Northwest'], ['Казань', 'Volga'], ['Новосибирск', 'Siberia']], names: { f: ['Анна', 'Ольга', 'Мария', 'Елена'], m: ['Дмитрий', 'Иван', 'Сергей', 'Алексей'] }, last: ['Иванов', 'Смирнов', 'Кузнецов', 'Попов'] },
  { country: 'United Kingdom', language: 'English', climate: 'Oceanic', cities: [['London', 'England'], ['Manchester', 'England'], ['Edinburgh', 'Scotland'], ['Cardiff', 'Wales']], names: { f: ['Emily', 'Olivia', 'Grace', 'Amelia'], m: ['James', 'Oliver', 'Harry', 'George'] }, last: ['Smith', 'Jones', 'Taylor', 'Brown'] },
  { country: 'United States', language: 'English', climate: 'Varied', cities: [['New York', 'Northeast'], ['Austin', 'South'], ['Denver', 'West'], ['Chicago', 'Midwest']], names: { f: ['Emma', 'Sophia', 'Ava', 'Mia'], m: ['Liam', 'Noah', 'Ethan', 'Mason'] }, last: ['Johnson', 'Williams', 'Miller', 'Davis'] },
];
const WEIGHTS = [0.2, 0.2, 0.12, 0.1, 0.08, 0.12, 0.09, 0.09];

const HEADER = [
  'customer_id', 'first_name', 'last_name', 'email', 'age', 'gender', 'occupation', 'marital_status', 'household_income',
  'education', 'family_size', 'country', 'region', 'city', 'postcode', 'area_type', 'language', 'climate', 'signup_date',
  'last_purchase_date', 'purchase_count', 'avg_order_value', 'lifetime_value', 'nps', 'loyalty_tier', 'device', 'browser',
  'source', 'interests', 'values', 'lifestyle', 'personality', 'social_status', 'industry', 'company_size',
  'preferred_delivery', 'service_need', 'pricing_page_visits', 'website_visits_30d', 'cart_abandoned', 'demo_requested', 'trial_started',
];

const INTERESTS = ['travel', 'pets', 'fitness', 'cooking', 'gaming', 'music', 'fashion', 'tech', 'books', 'gardening', 'football', 'art'];
const DAY = 86_400_000;
const AS_OF = Date.UTC(2026, 9, 31);

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One demo customer as CSV cells, in HEADER order. */
function customer(i: number, r: () => number): (string | number)[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  let u = r(), ci = 0;
  while (u > WEIGHTS[ci] && ci < WEIGHTS.length - 1) { u -= WEIGHTS[ci]; ci++; }
  const c = COUNTRIES[ci];
  const female = chance(0.51);
  const age = Math.min(90, Math.max(13, Math.round(13 + Math.pow(r(), 1.3) * 77)));
  const occupation = age < 19 ? (chance(0.85) ? 'Student' : 'Part-time worker') : age >= 63 ? (chance(0.8) ? 'Retired' : pick(['Self-employed', 'Consultant'])) : age >= 58 && chance(0.3) ? 'Retired'
    : pick(['Engineer', 'Teacher', 'Nurse', 'Sales', 'Manager', 'Designer', 'Driver', 'Farmer', 'Self-employed', 'Civil servant']);
  const [city, region] = pick(c.cities);
  const area = chance(0.55) ? 'urban' : chance(0.5) ? 'suburban' : 'rural';
  // Teens earn little (students, part-time jobs); the retired live on pensions and savings.
  const income = occupation === 'Student' ? 2000 + r() * 9000 : occupation === 'Part-time worker' ? 4000 + r() * 12000 : occupation === 'Retired' ? 12000 + r() * 60000 : 15000 + Math.pow(r(), 2) * 150000;
  const purchases = Math.floor(Math.pow(r(), 2) * 40);
  const aov = Math.round((15 + r() * 120 + income / 4000) * 100) / 100;
  const signup = AS_OF - Math.floor(r() * 6 * 365) * DAY;
  const last = purchases ? AS_OF - Math.floor(Math.pow(r(), 2) * 700) * DAY : NaN;
  const pricing = Math.floor(Math.pow(r(), 3) * 8);
  const demo = pricing > 2 && chance(0.5);
  const trial = demo && chance(0.6);
  const nps = chance(0.15) ? '' : Math.min(10, Math.max(0, Math.round(5 + (purchases / 8) + (r() - 0.5) * 6)));
  const first = chance(0.08) ? '' : pick(female ? c.names.f : c.names.m);
  const lastName = pick(c.last);
  const local = /^[A-Za-z]+$/.test(lastName) ? `${lastName.toLowerCase()}.${i + 1}` : `customer${i + 1}`;
  const interests = INTERESTS.filter(() => chance(0.18)).join(';');
  const lifestyle = age < 25 ? pick(['Fun-seeking', 'Fun-seeking', 'Active', 'Social']) : age > 60 ? pick(['Home-centred', 'Traditional', 'Active', 'Health-conscious']) : pick(['Active', 'Health-conscious', 'Home-centred', 'Social', 'Career-driven', 'Fun-seeking']);
  return [
    `C${String(i + 1).padStart(6, '0')}`, first, lastName, chance(0.06) ? '' : `${local}@example.com`, age,
    female ? 'Female' : 'Male', occupation,
    age < 20 ? 'Single' : pick(['Single', 'Married', 'Married', 'Divorced', age > 65 ? 'Widowed' : 'Married']),
    chance(0.05) ? '' : Math.round(income), age < 19 ? 'Secondary' : pick(['Secondary', 'Vocational', 'Bachelor', 'Master', 'Doctorate']),
    1 + Math.floor(r() * 5), c.country, region, city, String(10000 + Math.floor(r() * 89999)), area, c.language, c.climate,
    new Date(signup).toISOString().slice(0, 10), Number.isNaN(last) ? '' : new Date(last).toISOString().slice(0, 10),
    purchases, aov, Math.round(purchases * aov * 100) / 100, nps,
    purchases > 25 ? 'Gold' : purchases > 10 ? 'Silver' : purchases > 0 ? 'Bronze' : 'None',
    pick(['Mobile', 'Mobile', 'Desktop', 'Tablet']), pick(['Chrome', 'Safari', 'Firefox', 'Edge', 'Yandex Browser']),
    pick(['Organic search', 'Paid search', 'Social', 'Email', 'Referral', 'Direct']), interests,
    pick(['Family', 'Security', 'Achievement', 'Freedom', 'Tradition', 'Sustainability']), lifestyle,
    pick(['Open', 'Conscientious', 'Extravert', 'Agreeable', 'Calm']),
    income > 90000 ? 'Affluent' : income > 40000 ? 'Middle class' : 'Budget',
    pick(['Retail', 'Healthcare', 'Education', 'Manufacturing', 'Finance', 'Agriculture', 'IT', 'Public sector']),
    pick(['1-10', '11-50', '51-200', '201-1000', '1000+']), pick(['Home delivery', 'Pick-up point', 'In store', 'Express']),
    pick(['Price', 'Quality', 'Convenience', 'Support', 'Speed']), pricing, Math.floor(Math.pow(r(), 2) * 30),
    chance(0.22) ? 'yes' : 'no', demo ? 'yes' : 'no', trial ? 'yes' : 'no',
  ];
}

/** The demo file as CSV chunks of `chunkRows` rows, header first: the benchmark writes 1,000,000 rows this way. */
export function* demoCsvChunks(rows: number, seed = 1, chunkRows = 10_000): Generator<string> {
  const r = prng(seed);
  yield HEADER.join(',') + '\n';
  for (let from = 0; from < rows; from += chunkRows) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(rows, from + chunkRows); i++) lines.push(customer(i, r).map(csvCell).join(','));
    yield lines.join('\n') + '\n';
  }
}

/** The demo customers as one CSV text. */
export function demoCsv(rows = 5000, seed = 1): string {
  return [...demoCsvChunks(rows, seed)].join('');
}
