// The palette's criteria blocks by segmentation family (PRODUCT.md), with the column names each binds to.
// Names are data for binding, in the languages our users import files in; labels come from the i18n catalogue.

import type { ColumnType, ConditionValue, Op } from './types';

export type Family =
  | 'demographic' | 'geographic' | 'behavioural' | 'psychographic'
  | 'value' | 'technographic' | 'firmographic' | 'needs';

export const FAMILIES: Family[] = ['demographic', 'geographic', 'behavioural', 'psychographic', 'value', 'technographic', 'firmographic', 'needs'];

/** A ready criterion: dropped on the canvas it becomes a filter with one condition on the bound column. */
export interface CriterionBlock {
  id: string;
  family: Family;
  /** Column types the block accepts, preferred first. */
  types: ColumnType[];
  /** Column names it binds to (any language, any case or separator); the earlier, the better. */
  names: string[];
  /** A starting condition other than the type's default (e.g. NPS promoters: ≥ 9). */
  preset?: { op: Op; value?: ConditionValue };
}

const CAT: ColumnType[] = ['text', 'boolean', 'number'];
const NUM: ColumnType[] = ['number'];
const DATE: ColumnType[] = ['date'];
const FLAG: ColumnType[] = ['boolean', 'text', 'number'];

const AGE = ['age', 'yaş', 'yas', 'سن', 'تاریخ تولد', 'տարիք', 'возраст', 'жаш', 'customer age'];
const NPS = ['nps', 'net promoter score', 'csat', 'satisfaction', 'satisfaction score', 'məmnuniyyət', 'memnuniyet', 'رضایت', 'գոհունակություն', 'удовлетворенность'];

export const BLOCKS: CriterionBlock[] = [
  // Demographic
  { id: 'age', family: 'demographic', types: NUM, names: AGE },
  { id: 'teenagers', family: 'demographic', types: NUM, names: AGE, preset: { op: 'between', value: [13, 19] } },
  { id: 'gender', family: 'demographic', types: CAT, names: ['gender', 'sex', 'genre', 'cins', 'cinsi', 'cinsiyet', 'جنسیت', 'جنس', 'սեռ', 'пол', 'жынысы', 'жыныс'] },
  { id: 'occupation', family: 'demographic', types: CAT, names: ['occupation', 'job', 'profession', 'job title', 'employment', 'peşə', 'meslek', 'شغل', 'حرفه', 'զբաղմունք', 'մասնագիտություն', 'профессия', 'род занятий', 'кесиби', 'кесип'] },
  { id: 'maritalStatus', family: 'demographic', types: CAT, names: ['marital status', 'marital', 'married', 'marital_status', 'ailə vəziyyəti', 'medeni hal', 'medeni durum', 'وضعیت تاهل', 'تاهل', 'ամուսնական կարգավիճակ', 'семейное положение', 'үй бүлөлүк абалы'] },
  { id: 'income', family: 'demographic', types: NUM, names: ['household income', 'income', 'annual income', 'salary', 'gəlir', 'maaş', 'gelir', 'hane geliri', 'درآمد', 'حقوق', 'եկամուտ', 'доход', 'зарплата', 'киреше', 'киреше деңгээли'] },
  { id: 'education', family: 'demographic', types: CAT, names: ['education', 'education level', 'degree', 'təhsil', 'eğitim', 'öğrenim', 'تحصیلات', 'կրթություն', 'образование', 'билим', 'билими'] },
  { id: 'familySize', family: 'demographic', types: NUM, names: ['family size', 'household size', 'children', 'kids', 'kidhome', 'dependents', 'ailə ölçüsü', 'ailə üzvləri', 'hane büyüklüğü', 'çocuk sayısı', 'بعد خانوار', 'تعداد فرزندان', 'ընտանիքի չափ', 'размер семьи', 'дети', 'үй бүлө саны'] },
  // Geographic
  { id: 'country', family: 'geographic', types: CAT, names: ['country', 'nation', 'ölkə', 'ülke', 'کشور', 'երկիր', 'страна', 'өлкө'] },
  { id: 'region', family: 'geographic', types: CAT, names: ['region', 'state', 'province', 'bölgə', 'bölge', 'il', 'منطقه', 'استان', 'մարզ', 'регион', 'область', 'аймак'] },
  { id: 'city', family: 'geographic', types: CAT, names: ['city', 'town', 'şəhər', 'şehir', 'شهر', 'քաղաք', 'город', 'шаар'] },
  { id: 'postcode', family: 'geographic', types: ['text', 'number'], names: ['postcode', 'postal code', 'zip', 'zip code', 'zipcode', 'poçt indeksi', 'posta kodu', 'کد پستی', 'փոստային ինդեքս', 'индекс', 'почтовый индекс'] },
  { id: 'areaType', family: 'geographic', types: CAT, names: ['area type', 'urbanity', 'urban rural', 'settlement type', 'area', 'ərazi növü', 'yerleşim türü', 'yerleşim', 'نوع منطقه', 'բնակավայրի տեսակ', 'тип местности', 'тип населенного пункта', 'жашаган жери'] },
  { id: 'language', family: 'geographic', types: CAT, names: ['language', 'preferred language', 'dil', 'زبان', 'լեզու', 'язык', 'тил'] },
  { id: 'climate', family: 'geographic', types: CAT, names: ['climate', 'iqlim', 'iklim', 'اقلیم', 'آب و هوا', 'կլիմա', 'климат'] },
  // Behavioural
  { id: 'recentPurchase', family: 'behavioural', types: DATE, names: ['last purchase date', 'last purchase', 'last order date', 'last order', 'recency', 'son alış', 'son alış tarixi', 'son satın alma', 'son sipariş', 'آخرین خرید', 'վերջին գնում', 'последняя покупка', 'дата последней покупки', 'акыркы сатып алуу'], preset: { op: 'inLast', value: { amount: 90, unit: 'day' } } },
  { id: 'lapsed', family: 'behavioural', types: DATE, names: ['last purchase date', 'last purchase', 'last order date', 'last order', 'son alış', 'son satın alma', 'آخرین خرید', 'վերջին գնում', 'последняя покупка', 'акыркы сатып алуу'], preset: { op: 'olderThan', value: { amount: 6, unit: 'month' } } },
  { id: 'websiteVisits', family: 'behavioural', types: NUM, names: ['website visits 30d', 'website visits', 'visits', 'sessions', 'page views', 'sayt ziyarətləri', 'ziyarət', 'site ziyareti', 'ziyaret', 'بازدید', 'այցելություններ', 'посещения', 'визиты', 'кирүүлөр'] },
  { id: 'cartAbandoned', family: 'behavioural', types: FLAG, names: ['cart abandoned', 'abandoned cart', 'cart abandonment', 'səbət tərk', 'tərk edilmiş səbət', 'sepet terk', 'terk edilmiş sepet', 'سبد رها شده', 'լքված զամբյուղ', 'брошенная корзина', 'таштап кеткен себет'] },
  { id: 'loyalty', family: 'behavioural', types: CAT, names: ['loyalty tier', 'loyalty', 'loyalty level', 'tier', 'membership', 'sadiqlik', 'sadakat', 'وفاداری', 'հավատարմություն', 'лояльность', 'уровень лояльности', 'берилгендик'] },
  { id: 'pricingVisits', family: 'behavioural', types: NUM, names: ['pricing page visits', 'pricing visits', 'qiymət səhifəsi', 'fiyat sayfası', 'بازدید صفحه قیمت', 'գնագոյացման էջ', 'посещения страницы цен'] },
  { id: 'demoRequested', family: 'behavioural', types: FLAG, names: ['demo requested', 'requested demo', 'demo request', 'demo istədi', 'demo talebi', 'درخواست دمو', 'դեմո հայց', 'запрос демо', 'демо сурады'] },
  { id: 'trialStarted', family: 'behavioural', types: FLAG, names: ['trial started', 'started trial', 'trial', 'sınaq', 'deneme', 'آزمایشی', 'փորձնական', 'пробный период', 'сыноо мезгили'] },
  { id: 'signupDate', family: 'behavioural', types: DATE, names: ['signup date', 'sign up date', 'registration date', 'customer since', 'created at', 'dt customer', 'qeydiyyat tarixi', 'kayıt tarihi', 'تاریخ ثبت نام', 'գրանցման ամսաթիվ', 'дата регистрации', 'катталган күнү'], preset: { op: 'inLast', value: { amount: 1, unit: 'year' } } },
  { id: 'tenure', family: 'behavioural', types: NUM, names: ['tenure', 'months as customer', 'customer tenure', 'müştəri müddəti', 'müşteri süresi', 'سابقه', 'стаж', 'срок обслуживания'] },
  { id: 'churn', family: 'behavioural', types: FLAG, names: ['churn', 'churned', 'attrition', 'left', 'itirilmiş', 'kayıp', 'ریزش', 'հեռացած', 'отток', 'ушел'] },
  // Psychographic
  { id: 'values', family: 'psychographic', types: CAT, names: ['values', 'core values', 'dəyərlər', 'değerler', 'ارزش ها', 'արժեքներ', 'ценности', 'баалуулуктар'] },
  { id: 'interests', family: 'psychographic', types: ['tags', 'text'], names: ['interests', 'hobbies', 'interest', 'maraqlar', 'hobbilər', 'ilgi alanları', 'hobiler', 'علاقه مندی ها', 'علایق', 'հետաքրքրություններ', 'интересы', 'хобби', 'кызыкчылыктар'] },
  { id: 'lifestyle', family: 'psychographic', types: CAT, names: ['lifestyle', 'life style', 'həyat tərzi', 'yaşam tarzı', 'سبک زندگی', 'ապրելակերպ', 'образ жизни', 'жашоо образы'] },
  { id: 'personality', family: 'psychographic', types: CAT, names: ['personality', 'personality type', 'şəxsiyyət', 'kişilik', 'شخصیت', 'անհատականություն', 'тип личности', 'личность', 'инсандык'] },
  { id: 'socialStatus', family: 'psychographic', types: CAT, names: ['social status', 'social class', 'class', 'sosial status', 'sosyal statü', 'طبقه اجتماعی', 'սոցիալական կարգավիճակ', 'социальный статус', 'социалдык абал'] },
  // Value-based
  { id: 'lifetimeValue', family: 'value', types: NUM, names: ['lifetime value', 'ltv', 'clv', 'customer lifetime value', 'total spent', 'total charges', 'mnt total', 'ümumi dəyər', 'yaşam boyu değer', 'ارزش طول عمر', 'կյանքի արժեք', 'пожизненная ценность', 'ltv клиента'] },
  { id: 'orderValue', family: 'value', types: NUM, names: ['avg order value', 'average order value', 'aov', 'average basket', 'monthly charges', 'orta sifariş', 'ortalama sipariş', 'میانگین سفارش', 'միջին պատվեր', 'средний чек', 'орточо буйрутма'] },
  { id: 'purchaseCount', family: 'value', types: NUM, names: ['purchase count', 'purchases', 'number of purchases', 'orders', 'order count', 'frequency', 'sifariş sayı', 'alış sayı', 'sipariş sayısı', 'تعداد خرید', 'գնումների քանակ', 'число покупок', 'количество заказов', 'сатып алуулар'] },
  { id: 'promoters', family: 'value', types: NUM, names: NPS, preset: { op: 'gte', value: 9 } },
  { id: 'passives', family: 'value', types: NUM, names: NPS, preset: { op: 'between', value: [7, 8] } },
  { id: 'detractors', family: 'value', types: NUM, names: NPS, preset: { op: 'lte', value: 6 } },
  // Technographic
  { id: 'device', family: 'technographic', types: CAT, names: ['device', 'device type', 'platform', 'cihaz', 'qurğu', 'دستگاه', 'սարք', 'устройство', 'түзмөк'] },
  { id: 'browser', family: 'technographic', types: CAT, names: ['browser', 'brauzer', 'tarayıcı', 'مرورگر', 'դիտարկիչ', 'браузер', 'серепчи'] },
  { id: 'source', family: 'technographic', types: CAT, names: ['source', 'acquisition source', 'channel', 'utm source', 'lead source', 'mənbə', 'kaynak', 'kanal', 'منبع', 'կանալ', 'աղբյուր', 'источник', 'канал', 'булак'] },
  // Firmographic
  { id: 'industry', family: 'firmographic', types: CAT, names: ['industry', 'sector', 'sənaye', 'sektor', 'sektör', 'صنعت', 'ճյուղ', 'отрасль', 'индустрия', 'тармак'] },
  { id: 'companySize', family: 'firmographic', types: ['text', 'number'], names: ['company size', 'employees', 'headcount', 'şirkət ölçüsü', 'şirket büyüklüğü', 'اندازه شرکت', 'ընկերության չափ', 'размер компании', 'компаниянын көлөмү'] },
  { id: 'revenue', family: 'firmographic', types: NUM, names: ['revenue', 'annual revenue', 'company revenue', 'turnover', 'dövriyyə', 'ciro', 'گردش مالی', 'շրջանառություն', 'выручка', 'оборот'] },
  // Needs-based
  { id: 'serviceNeed', family: 'needs', types: CAT, names: ['service need', 'need', 'needs', 'main need', 'ehtiyac', 'ihtiyaç', 'نیاز', 'կարիք', 'потребность', 'муктаждык'] },
  { id: 'productFeature', family: 'needs', types: CAT, names: ['product feature', 'feature', 'preferred feature', 'internet service', 'məhsul xüsusiyyəti', 'ürün özelliği', 'ویژگی محصول', 'հատկանիշ', 'функция продукта'] },
  { id: 'deliveryMethod', family: 'needs', types: CAT, names: ['preferred delivery', 'delivery method', 'delivery', 'shipping', 'çatdırılma', 'teslimat', 'ارسال', 'روش ارسال', 'առաքում', 'доставка', 'способ доставки', 'жеткирүү'] },
];

/** Blocks that add a node of their own kind rather than a criterion. */
export type LogicBlock = 'combineUnion' | 'combineIntersect' | 'combineExclude' | 'splitAB' | 'splitHoldout' | 'splitValue' | 'segment' | 'note' | 'frame';
export const LOGIC_BLOCKS: LogicBlock[] = ['combineUnion', 'combineIntersect', 'combineExclude', 'splitAB', 'splitHoldout', 'splitValue', 'segment', 'note', 'frame'];
