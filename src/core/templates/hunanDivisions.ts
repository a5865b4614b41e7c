/**
 * Hunan's county-level divisions as in 2017 (reference/hunan-divisions.md), with the development
 * zones the sources name, as unit presets for a custom plan. A plan keeps the names of its own year.
 */
export interface CityPreset {
  city: string;
  divisions: string[];
  zones: string[];
}

export const hunanCities: CityPreset[] = [
  {
    city: '长沙市',
    divisions: ['芙蓉区', '天心区', '岳麓区', '开福区', '雨花区', '望城区', '长沙县', '宁乡市', '浏阳市'],
    zones: ['湖南湘江新区', '长沙黄花综合保税区', '长沙金霞保税物流中心'],
  },
  {
    city: '株洲市',
    divisions: ['荷塘区', '芦淞区', '石峰区', '天元区', '株洲县', '攸县', '茶陵县', '炎陵县', '醴陵市'],
    zones: ['高新区', '云龙示范区', '株洲经开区'],
  },
  { city: '湘潭市', divisions: ['雨湖区', '岳塘区', '湘潭县', '湘乡市', '韶山市'], zones: ['湘潭综保区'] },
  {
    city: '衡阳市',
    divisions: [
      '珠晖区',
      '雁峰区',
      '石鼓区',
      '蒸湘区',
      '南岳区',
      '衡阳县',
      '衡南县',
      '衡山县',
      '衡东县',
      '祁东县',
      '耒阳市',
      '常宁市',
    ],
    zones: ['衡阳综保区', '衡阳松木工业园'],
  },
  {
    city: '邵阳市',
    divisions: [
      '双清区',
      '大祥区',
      '北塔区',
      '邵东县',
      '新邵县',
      '邵阳县',
      '隆回县',
      '洞口县',
      '绥宁县',
      '新宁县',
      '城步苗族自治县',
      '武冈市',
    ],
    zones: [],
  },
  {
    city: '岳阳市',
    divisions: ['岳阳楼区', '云溪区', '君山区', '岳阳县', '华容县', '湘阴县', '平江县', '汨罗市', '临湘市'],
    zones: ['岳阳综保区'],
  },
  {
    city: '常德市',
    divisions: ['武陵区', '鼎城区', '安乡县', '汉寿县', '澧县', '临澧县', '桃源县', '石门县', '津市市'],
    zones: ['常德经开区', '常德高新区'],
  },
  { city: '张家界市', divisions: ['永定区', '武陵源区', '慈利县', '桑植县'], zones: [] },
  { city: '益阳市', divisions: ['资阳区', '赫山区', '南县', '桃江县', '安化县', '沅江市'], zones: [] },
  {
    city: '郴州市',
    divisions: [
      '北湖区',
      '苏仙区',
      '桂阳县',
      '宜章县',
      '永兴县',
      '嘉禾县',
      '临武县',
      '汝城县',
      '桂东县',
      '安仁县',
      '资兴市',
    ],
    zones: ['郴州高新区', '郴州经开区', '郴州综保区'],
  },
  {
    city: '永州市',
    divisions: [
      '零陵区',
      '冷水滩区',
      '祁阳县',
      '东安县',
      '双牌县',
      '道县',
      '江永县',
      '宁远县',
      '蓝山县',
      '新田县',
      '江华瑶族自治县',
    ],
    zones: ['永州经开区'],
  },
  {
    city: '怀化市',
    divisions: [
      '鹤城区',
      '中方县',
      '沅陵县',
      '辰溪县',
      '溆浦县',
      '会同县',
      '麻阳苗族自治县',
      '新晃侗族自治县',
      '芷江侗族自治县',
      '靖州苗族侗族自治县',
      '通道侗族自治县',
      '洪江市',
    ],
    zones: [],
  },
  { city: '娄底市', divisions: ['娄星区', '双峰县', '新化县', '冷水江市', '涟源市'], zones: [] },
  {
    city: '湘西土家族苗族自治州',
    divisions: ['吉首市', '泸溪县', '凤凰县', '花垣县', '保靖县', '古丈县', '永顺县', '龙山县'],
    zones: [],
  },
];

/** A city's units for a plan: its divisions, then its zones. Accepts 株洲 or 株洲市. */
export const cityPreset = (city: string): string[] | undefined => {
  const found = hunanCities.find((c) => c.city === city || c.city === `${city}市` || c.city.startsWith(city));
  return found && [...found.divisions, ...found.zones];
};
