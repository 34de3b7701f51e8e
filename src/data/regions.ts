/**
 * ISO 3166-2:CN: the codes of China's provincial-level divisions and their
 * English names, for the extracts that name a province (CN-GZ is Guizhou).
 */
export const CN_REGIONS: Readonly<Record<string, string>> = {
  'CN-AH': 'Anhui', 'CN-BJ': 'Beijing', 'CN-CQ': 'Chongqing', 'CN-FJ': 'Fujian', 'CN-GD': 'Guangdong',
  'CN-GS': 'Gansu', 'CN-GX': 'Guangxi', 'CN-GZ': 'Guizhou', 'CN-HA': 'Henan', 'CN-HB': 'Hubei',
  'CN-HE': 'Hebei', 'CN-HI': 'Hainan', 'CN-HK': 'Hong Kong', 'CN-HL': 'Heilongjiang', 'CN-HN': 'Hunan',
  'CN-JL': 'Jilin', 'CN-JS': 'Jiangsu', 'CN-JX': 'Jiangxi', 'CN-LN': 'Liaoning', 'CN-MO': 'Macao',
  'CN-NM': 'Inner Mongolia', 'CN-NX': 'Ningxia', 'CN-QH': 'Qinghai', 'CN-SC': 'Sichuan', 'CN-SD': 'Shandong',
  'CN-SH': 'Shanghai', 'CN-SN': 'Shaanxi', 'CN-SX': 'Shanxi', 'CN-TJ': 'Tianjin', 'CN-TW': 'Taiwan',
  'CN-XJ': 'Xinjiang', 'CN-XZ': 'Tibet', 'CN-YN': 'Yunnan', 'CN-ZJ': 'Zhejiang',
};

export const REGION_CODE_FORMAT = 'ISO 3166-2:CN';
