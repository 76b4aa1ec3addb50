/**
 * Name spellings that outlets write differently: one row per person, place or organisation, one
 * column per house style. Each profile's `names` list (canonical → variants to replace) is built
 * from this table: the outlet's spelling is canonical, every other outlet's spelling and the
 * row's `other` spellings are its variants.
 *
 * Spellings follow each outlet's published style guide or its consistent practice as far as we
 * know it; `note` marks rows where an outlet's choice is uncertain or has changed over time.
 * A user's `.newslintrc.json` `names` entries override these.
 */

export type Outlet = 'ap' | 'reuters' | 'bbc' | 'guardian' | 'nyt';

export interface NameRow {
  ap: string;
  reuters: string;
  bbc: string;
  guardian: string;
  nyt: string;
  /** Other spellings seen in copy that no outlet here uses. */
  other?: string[];
  note?: string;
}

const row = (ap: string, reuters: string, bbc: string, guardian: string, nyt: string, other: string[] = [], note?: string): NameRow =>
  ({ ap, reuters, bbc, guardian, nyt, other, note });

export const NAME_TABLE: NameRow[] = [
  // --- Ukraine, Russia, Belarus -----------------------------------------------------------------
  row('Volodymyr Zelenskyy', 'Volodymyr Zelenskiy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Volodymyr Zelensky',
    ['Vladimir Zelensky', 'Vladimir Zelenskyy', 'Volodimir Zelenski', 'Zelenskij'],
    'Guardian: used Zelenskiy (as Reuters) through 2022; some later copy has Zelenskyy.'),
  row('Kyiv', 'Kyiv', 'Kyiv', 'Kyiv', 'Kyiv', ['Kiev']),
  row('Kharkiv', 'Kharkiv', 'Kharkiv', 'Kharkiv', 'Kharkiv', ['Kharkov']),
  row('Odesa', 'Odesa', 'Odesa', 'Odesa', 'Odesa', ['Odessa'], 'Most outlets moved from Odessa to Odesa in 2022.'),
  row('Luhansk', 'Luhansk', 'Luhansk', 'Luhansk', 'Luhansk', ['Lugansk']),
  row('Donbas', 'Donbas', 'Donbas', 'Donbas', 'Donbas', ['Donbass']),
  row('Zaporizhzhia', 'Zaporizhzhia', 'Zaporizhzhia', 'Zaporizhzhia', 'Zaporizhzhia', ['Zaporizhzhya', 'Zaporozhye'],
    'Reuters has also written Zaporizhzhia region / Zaporizhzhya.'),
  row('Mykolaiv', 'Mykolaiv', 'Mykolaiv', 'Mykolaiv', 'Mykolaiv', ['Nikolaev', 'Mykolayiv']),
  row('Lviv', 'Lviv', 'Lviv', 'Lviv', 'Lviv', ['Lvov']),
  row('Petro Poroshenko', 'Petro Poroshenko', 'Petro Poroshenko', 'Petro Poroshenko', 'Petro O. Poroshenko', ['Pyotr Poroshenko']),
  row('Viktor Yanukovych', 'Viktor Yanukovich', 'Viktor Yanukovych', 'Viktor Yanukovych', 'Viktor F. Yanukovych', ['Yanukovitch']),
  row('Dmitry Medvedev', 'Dmitry Medvedev', 'Dmitry Medvedev', 'Dmitry Medvedev', 'Dmitri A. Medvedev', ['Dmitriy Medvedev']),
  row('Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitry Peskov', 'Dmitri S. Peskov', ['Dmitriy Peskov']),
  row('Sergey Lavrov', 'Sergei Lavrov', 'Sergei Lavrov', 'Sergei Lavrov', 'Sergey V. Lavrov', ['Sergej Lawrow'],
    'AP writes Sergey for Lavrov (its own transliteration), Sergei for most other Russians.'),
  row('Sergei Shoigu', 'Sergei Shoigu', 'Sergei Shoigu', 'Sergei Shoigu', 'Sergei K. Shoigu', ['Sergey Shoygu', 'Schoigu']),
  row('Yevgeny Prigozhin', 'Yevgeny Prigozhin', 'Yevgeny Prigozhin', 'Yevgeny Prigozhin', 'Yevgeny V. Prigozhin', ['Evgeny Prigozhin', 'Yevgeniy Prigozhin']),
  row('Alexei Navalny', 'Alexei Navalny', 'Alexei Navalny', 'Alexei Navalny', 'Aleksei A. Navalny', ['Alexey Navalny', 'Navalnyy']),
  row('Ramzan Kadyrov', 'Ramzan Kadyrov', 'Ramzan Kadyrov', 'Ramzan Kadyrov', 'Ramzan A. Kadyrov', ['Kadirov']),
  row('Alexander Lukashenko', 'Alexander Lukashenko', 'Alexander Lukashenko', 'Alexander Lukashenko', 'Aleksandr G. Lukashenko', ['Aliaksandr Lukashenka']),
  row('Sviatlana Tsikhanouskaya', 'Sviatlana Tsikhanouskaya', 'Sviatlana Tsikhanouskaya', 'Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya', ['Svetlana Tikhanovskaya'],
    'NYT used the Russian form in 2020 and later the Belarusian one; uncertain.'),
  row('Mikhail Gorbachev', 'Mikhail Gorbachev', 'Mikhail Gorbachev', 'Mikhail Gorbachev', 'Mikhail S. Gorbachev', ['Michail Gorbatschow']),
  // --- Middle East and North Africa ----------------------------------------------------------------
  row('Moammar Gadhafi', 'Muammar Gaddafi', 'Muammar Gaddafi', 'Muammar Gaddafi', 'Muammar el-Qaddafi', ['Kadhafi', 'Qadhafi', 'Khadafy']),
  row('Seif al-Islam Gadhafi', 'Saif al-Islam Gaddafi', 'Saif al-Islam Gaddafi', 'Saif al-Islam Gaddafi', 'Seif al-Islam el-Qaddafi', []),
  row('al-Qaida', 'al Qaeda', 'al-Qaeda', 'al-Qaida', 'Al Qaeda', ['Al-Qaeda', 'al-Qa’ida'],
    'Guardian style guide: al-Qaida. Reuters writes al Qaeda without the hyphen.'),
  row('Osama bin Laden', 'Osama bin Laden', 'Osama Bin Laden', 'Osama bin Laden', 'Osama bin Laden', ['Usama bin Laden']),
  row('Ayman al-Zawahri', 'Ayman al-Zawahiri', 'Ayman al-Zawahiri', 'Ayman al-Zawahiri', 'Ayman al-Zawahri', []),
  row('Bashar Assad', 'Bashar al-Assad', 'Bashar al-Assad', 'Bashar al-Assad', 'Bashar al-Assad', ['Bashar el-Assad']),
  row('Hassan Nasrallah', 'Hassan Nasrallah', 'Hassan Nasrallah', 'Hassan Nasrallah', 'Hassan Nasrallah', ['Hasan Nasrallah', 'Nasrala']),
  row('Hezbollah', 'Hezbollah', 'Hezbollah', 'Hezbollah', 'Hezbollah', ['Hizbollah', 'Hizbullah', 'Hizballah'],
    'The Financial Times writes Hizbollah; the outlets here use Hezbollah.'),
  row('Ali Khamenei', 'Ali Khamenei', 'Ali Khamenei', 'Ali Khamenei', 'Ali Khamenei', ['Ali Khamene’i', 'Khamenai']),
  row('Qassem Soleimani', 'Qassem Soleimani', 'Qasem Soleimani', 'Qassem Suleimani', 'Qassim Suleimani', ['Ghasem Soleimani'],
    'BBC and Guardian forms uncertain.'),
  row('Muqtada al-Sadr', 'Moqtada al-Sadr', 'Moqtada Sadr', 'Moqtada al-Sadr', 'Moktada al-Sadr', ['Muqtada Sadr'], 'BBC form uncertain.'),
  row('Mohammed bin Salman', 'Mohammed bin Salman', 'Mohammed bin Salman', 'Mohammed bin Salman', 'Mohammed bin Salman', ['Muhammad bin Salman', 'Mohamed bin Salman']),
  row('Mohammed Morsi', 'Mohamed Mursi', 'Mohammed Morsi', 'Mohamed Morsi', 'Mohamed Morsi', ['Muhammad Morsi', 'Mohammad Mursi'],
    'Reuters wrote Mursi; Guardian form uncertain.'),
  row('Abdel-Fattah el-Sissi', 'Abdel Fattah al-Sisi', 'Abdul Fattah al-Sisi', 'Abdel Fatah al-Sisi', 'Abdel Fattah el-Sisi', ['Sissi'],
    'AP hyphenates Abdel-Fattah and doubles the s.'),
  row('Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', [],
    'The Guardian keeps Turkish letters (ğ); Reuters usually drops Recep.'),
  row('Benjamin Netanyahu', 'Benjamin Netanyahu', 'Benjamin Netanyahu', 'Benjamin Netanyahu', 'Benjamin Netanyahu', ['Netanyahou', 'Netanjahu']),
  row('Ismail Haniyeh', 'Ismail Haniyeh', 'Ismail Haniyeh', 'Ismail Haniyeh', 'Ismail Haniyeh', ['Ismail Haniya', 'Haniye']),
  row('Abu Mohammed al-Golani', 'Abu Mohammed al-Golani', 'Abu Mohammed al-Jolani', 'Abu Mohammed al-Jolani', 'Abu Mohammed al-Jolani', ['al-Julani'],
    'Transliterations of his nom de guerre varied widely.'),
  row('Tehran', 'Tehran', 'Tehran', 'Tehran', 'Tehran', ['Teheran']),
  row('Islamic State group', 'Islamic State', 'Islamic State', 'Islamic State', 'Islamic State', ['Isis', 'ISIL', 'Daesh'],
    'BBC and Guardian add the abbreviation at first mention (IS, Isis).'),
  row('al-Shabab', 'al Shabaab', 'al-Shabab', 'al-Shabaab', 'the Shabab', ['Al-Shabaab']),
  // --- Asia ------------------------------------------------------------------------------------------
  row('Kim Jong Un', 'Kim Jong Un', 'Kim Jong-un', 'Kim Jong-un', 'Kim Jong-un', ['Kim Jong-Un']),
  row('Kim Jong Il', 'Kim Jong Il', 'Kim Jong-il', 'Kim Jong-il', 'Kim Jong-il', ['Kim Jong-Il']),
  row('Kim Il Sung', 'Kim Il Sung', 'Kim Il-sung', 'Kim Il-sung', 'Kim Il-sung', ['Kim Il-Sung']),
  row('Kim Yo Jong', 'Kim Yo Jong', 'Kim Yo-jong', 'Kim Yo-jong', 'Kim Yo-jong', []),
  row('Moon Jae-in', 'Moon Jae-in', 'Moon Jae-in', 'Moon Jae-in', 'Moon Jae-in', ['Moon Jae In']),
  row('Xi Jinping', 'Xi Jinping', 'Xi Jinping', 'Xi Jinping', 'Xi Jinping', ['Xi Jin Ping']),
  row('Mao Zedong', 'Mao Zedong', 'Mao Zedong', 'Mao Zedong', 'Mao Zedong', ['Mao Tse-tung']),
  row('Beijing', 'Beijing', 'Beijing', 'Beijing', 'Beijing', ['Peking']),
  row('Mumbai', 'Mumbai', 'Mumbai', 'Mumbai', 'Mumbai', ['Bombay']),
  row('Kolkata', 'Kolkata', 'Kolkata', 'Kolkata', 'Kolkata', ['Calcutta']),
  row('Myanmar', 'Myanmar', 'Myanmar', 'Myanmar', 'Myanmar', ['Burma'], 'BBC long wrote Burma; uncertain when it switched.'),
  row('Yangon', 'Yangon', 'Yangon', 'Yangon', 'Yangon', ['Rangoon']),
  row('Taliban', 'Taliban', 'Taliban', 'Taliban', 'Taliban', ['Taleban']),
  row('Mullah Mohammad Omar', 'Mullah Mohammad Omar', 'Mullah Mohammad Omar', 'Mullah Mohammed Omar', 'Mullah Muhammad Omar', ['Mullah Omer']),
  // --- Africa ----------------------------------------------------------------------------------------
  row('Muhammadu Buhari', 'Muhammadu Buhari', 'Muhammadu Buhari', 'Muhammadu Buhari', 'Muhammadu Buhari', ['Mohammadu Buhari']),
  row('Boko Haram', 'Boko Haram', 'Boko Haram', 'Boko Haram', 'Boko Haram', ['Boko Harram']),
];

/** The `names` list of one outlet: its spelling → the others'. */
export function namesFor(outlet: Outlet): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of NAME_TABLE) {
    const canonical = r[outlet];
    const variants: string[] = [];
    for (const o of ['ap', 'reuters', 'bbc', 'guardian', 'nyt'] as Outlet[]) {
      const v = r[o];
      if (v !== canonical && !variants.includes(v)) variants.push(v);
    }
    for (const v of r.other ?? []) if (v !== canonical && !variants.includes(v)) variants.push(v);
    out[canonical] = variants;
  }
  return out;
}
