/**
 * Small hand-written vocabularies: product-type concepts in English, Korean and the languages EU alerts are
 * written in, words that say nothing about which product it is, brands that are not brands, and age words.
 * Everything here is general marketplace vocabulary; nothing is taken from any evaluation listing.
 */

export interface TypeConcept {
  id: string;
  /** Broad concepts (toy, clothing…) confirm a model number but never stand in for a product type. */
  broad?: boolean;
  /** English (and other Latin-script) words or phrases, matched on singularised tokens. */
  en: string[];
  /** Korean words, matched as whole tokens or inside compounds. */
  ko?: string[];
}

export const TYPE_CONCEPTS: TypeConcept[] = [
  // toys and play
  { id: 'toy', broad: true, en: ['toy', 'toys', 'plaything', 'jouet', 'spielzeug', 'juguete', 'giocattolo', 'speelgoed', 'zabawka', 'hracka', 'brinquedo'], ko: ['완구', '장난감', '토이'] },
  { id: 'doll', en: ['doll', 'bjd', 'fashion doll', 'baby doll', 'poupee', 'puppe', 'muneca', 'bambola', 'lalka', 'panenka'], ko: ['인형'] },
  { id: 'plush', en: ['plush', 'plushie', 'stuffed animal', 'soft toy', 'teddy', 'teddy bear', 'peluche', 'pluschtier', 'knuffel', 'maskotka'], ko: ['봉제인형', '봉제', '애착인형', '곰인형'] },
  { id: 'keyring', en: ['keychain', 'keyring', 'key chain', 'key ring', 'bag charm', 'bag pendant', 'porte cle', 'schlusselanhanger', 'llavero', 'portachiavi'], ko: ['키링', '열쇠고리', '키체인', '가방고리'] },
  { id: 'puzzle', en: ['puzzle', 'jigsaw', 'puzzle mat', 'shape sorter', 'egg puzzle'], ko: ['퍼즐'] },
  { id: 'play-mat', en: ['play mat', 'playmat', 'puzzle mat', 'crawling mat', 'foam mat', 'floor mat', 'activity mat', 'tapis', 'spielmatte'], ko: ['놀이매트', '매트', '퍼즐매트'] },
  { id: 'blocks', en: ['building block', 'building blocks', 'construction set', 'construction toy', 'stacking block', 'stacking toy', 'bricks', 'lego'], ko: ['블록', '블럭', '쌓기'] },
  { id: 'magnetic-toy', en: ['magnetic toy', 'magnetic stick', 'magnetic sticks', 'magnetic ball', 'magnetic balls', 'magnetic tiles', 'magnetic building', 'magnetic blocks', 'magnets'], ko: ['자석', '자석블록', '마그네틱'] },
  { id: 'toy-vehicle', en: ['toy car', 'model car', 'pull back car', 'diecast', 'toy vehicle', 'rc car', 'remote control car', 'racing car'], ko: ['자동차', '모델카', '미니카', '풀백'] },
  { id: 'toy-gun', en: ['toy gun', 'blaster', 'dart gun', 'soft bullet', 'water gun', 'foam dart', 'toy pistol', 'gel blaster'], ko: ['장난감총', '너프', '물총', '총'] },
  { id: 'bubble-toy', en: ['bubble machine', 'bubble blower', 'bubble gun', 'soap bubble', 'bubble toy', 'bubble wand', 'bubble solution'], ko: ['비눗방울', '버블', '버블건', '버블머신'] },
  { id: 'slime', en: ['slime', 'putty', 'play dough', 'playdough', 'clay', 'modelling clay', 'fluffy slime'], ko: ['슬라임', '클레이', '점토', '액체괴물'] },
  { id: 'paint', en: ['finger paint', 'finger paints', 'paint set', 'poster paint', 'watercolor', 'watercolour', 'watercolor set', 'acrylic paint', 'kids paint', 'face paint', 'body paint', 'tempera', 'gouache', 'crayon', 'crayons', 'marker pens', 'felt tip pens'], ko: ['핑거페인트', '물감', '수채화 물감', '페이스페인팅', '크레용', '크레파스', '사인펜'] },
  { id: 'water-beads', en: ['water bead', 'water beads', 'gel beads', 'jelly beads', 'orbeez', 'water balls', 'crystal soil'], ko: ['워터비즈', '젤리볼', '개구리알'] },
  { id: 'ball', en: ['ball', 'bouncy ball', 'playground ball', 'inflatable ball', 'stress ball', 'ballon'], ko: ['공', '탱탱볼'] },
  { id: 'rattle', en: ['rattle', 'shaker', 'hand bell', 'dumbbell rattle'], ko: ['딸랑이'] },
  { id: 'teether', en: ['teether', 'teething', 'teething toy', 'teething ring', 'chew toy', 'pull string'], ko: ['치발기', '이앓이'] },
  { id: 'music-box', en: ['music box', 'musical box', 'jewelry box music'], ko: ['뮤직박스', '오르골'] },
  { id: 'book', en: ['book', 'books', 'cloth book', 'quiet book', 'busy book', 'story book', 'storybook', 'felt book', 'fabric book', 'crinkle book', 'baby book', 'livre', 'buch', 'libro'], ko: ['책', '헝겊책', '그림책', '동화책', '촉감책', '조용한 책', '바쁜 책'] },
  { id: 'busy-board', en: ['busy board', 'activity board', 'sensory board'], ko: ['비지보드', '활동보드'] },
  { id: 'writing-tablet', en: ['writing tablet', 'lcd writing tablet', 'drawing tablet', 'doodle board', 'drawing board', 'magnetic drawing board', 'sketch pad', 'drawing pad', 'memo pad', 'writing board'], ko: ['메모패드', '낙서판', '그림판', '드로잉패드', '드로잉 패드', '부기보드', '전자칠판'] },
  { id: 'pounding-toy', en: ['pounding toy', 'pounding bench', 'pound a ball', 'hammer toy', 'hammering toy', 'whack a mole', 'knock ball'], ko: ['두더지 게임', '두더지게임', '망치 장난감', '망치놀이'] },
  { id: 'toy-phone', en: ['toy phone', 'toy mobile phone', 'baby phone', 'toy cell phone', 'toy smartphone'], ko: ['장난감 휴대폰', '장난감 핸드폰', '아기 핸드폰'] },
  { id: 'kids-makeup', en: ['kids makeup', 'makeup kit for girls', 'pretend makeup', 'play makeup', 'cosmetic set', 'beauty set', 'makeup toy'], ko: ['어린이 화장품', '메이크업 키트', '화장놀이'] },
  { id: 'costume', en: ['costume', 'cosplay', 'fancy dress', 'dress up', 'jumpsuit costume', 'deguisement', 'kostum', 'disfraz', 'kostym', 'przebranie'], ko: ['코스튬', '코스프레', '분장'] },
  { id: 'finger-light', en: ['finger light', 'finger lights', 'finger beam', 'finger flashlight', 'finger projector', 'light up ring', 'light up rings', 'led ring', 'flashing ring', 'glow stick', 'glow sticks', 'party favor', 'party favors', 'party supplies', 'light up toy', 'glow in the dark'], ko: ['손가락 조명', '야광봉', '파티용품', '파티 용품'] },
  { id: 'party-favor', broad: true, en: ['party favor', 'party favors', 'party favours', 'party supplies', 'party pack'], ko: ['파티용품', '파티 용품'] },
  { id: 'playset', broad: true, en: ['playset', 'play set', 'pretend play', 'role play', 'doctor kit', 'vet kit', 'kitchen set', 'tool set toy'], ko: ['역할놀이', '놀이세트', '병원놀이'] },
  { id: 'farm-toy', en: ['farm toy', 'farm playset', 'barn', 'farm animal', 'farm set'], ko: ['농장'] },
  { id: 'stationery', broad: true, en: ['stationery', 'school supplies', 'pencil', 'pen', 'eraser', 'sticker', 'stickers'], ko: ['문구', '학용품', '스티커'] },
  { id: 'pencil-case', en: ['pencil case', 'pencil box', 'pencil pouch', 'stationery box', 'pen case'], ko: ['필통', '펜케이스'] },
  // baby and childcare
  { id: 'pacifier', en: ['pacifier', 'soother', 'dummy', 'nipple', 'tetine', 'schnuller', 'chupete', 'speen'], ko: ['쪽쪽이', '노리개젖꼭지', '공갈젖꼭지', '젖꼭지'] },
  { id: 'pacifier-clip', en: ['pacifier clip', 'soother holder', 'soother clip', 'dummy chain', 'dummy clip', 'pacifier holder', 'pacifier chain', 'speenkoord', 'attache tetine', 'schnullerkette', 'teether holder'], ko: ['쪽쪽이 클립', '쪽쪽이홀더', '젖꼭지 클립', '치발기 홀더'] },
  { id: 'baby-bottle', en: ['baby bottle', 'feeding bottle', 'sippy cup'], ko: ['젖병', '빨대컵'] },
  { id: 'stroller', en: ['stroller', 'pushchair', 'pram', 'buggy', 'baby carriage', 'travel system', 'kinderwagen', 'poussette', 'wozek', 'passeggino', 'cochecito'], ko: ['유모차', '유아차', '디럭스', '절충형'] },
  { id: 'baby-carrier', en: ['baby carrier', 'infant carrier', 'baby sling', 'hip seat'], ko: ['아기띠', '힙시트'] },
  { id: 'car-seat', en: ['car seat', 'booster seat', 'child seat'], ko: ['카시트'] },
  { id: 'high-chair', en: ['high chair', 'highchair', 'feeding chair', 'booster chair'], ko: ['하이체어', '유아의자'] },
  { id: 'cot', en: ['crib', 'cot', 'bassinet', 'baby bed', 'playpen', 'play yard', 'sleeper', 'rocker', 'bouncer', 'baby swing'], ko: ['아기침대', '아기 침대', '크립', '유아침대', '요람', '바운서', '범퍼침대', '놀이울타리'] },
  { id: 'mattress', en: ['mattress', 'crib mattress', 'cot mattress', 'baby mattress', 'mattress topper', 'foam mattress'], ko: ['매트리스', '아기 매트리스', '유아 매트리스', '토퍼'] },
  { id: 'swing', en: ['swing', 'swing seat', 'rope swing', 'baby swing seat', 'tree swing', 'hammock swing', 'saucer swing', 'nest swing'], ko: ['그네', '아기그네', '해먹 그네'] },
  { id: 'baby-walker', en: ['baby walker', 'walker'], ko: ['보행기'] },
  { id: 'step-stool', en: ['step stool', 'learning tower', 'tower stool', 'kitchen helper', 'toddler tower', 'stool'], ko: ['스텝스툴', '발판', '러닝타워', '스툴'] },
  { id: 'swim-aid', en: ['swim seat', 'swim boat', 'swim ring', 'swimming ring', 'swim float', 'pool float', 'float seat', 'armband', 'armbands', 'swim vest', 'life jacket', 'inflatable seat', 'swimming float', 'baby float', 'neck float'], ko: ['수영 튜브', '튜브', '구명조끼', '수영시트', '암링', '부력', '보행기튜브'] },
  { id: 'bath-seat', en: ['bath seat', 'baby bath seat', 'bath chair', 'bath ring', 'bath support', 'bath tub', 'bathtub', 'baby bath', 'bath stool'], ko: ['목욕의자', '목욕 의자', '목욕시트', '아기욕조', '유아욕조', '욕조'] },
  // clothing, shoes, accessories
  { id: 'clothing', broad: true, en: ['clothing', 'clothes', 'outfit', 'apparel', 'garment', 'clothing set', 'wear', 'vetement', 'kleidung', 'ropa'], ko: ['의류', '옷'] },
  { id: 'hoodie', en: ['hoodie', 'hooded', 'sweatshirt', 'hooded sweatshirt', 'pullover', 'sweat', 'jacket', 'coat'], ko: ['후드티', '후드', '맨투맨', '점퍼', '자켓', '재킷'] },
  { id: 'pyjamas', en: ['pajama', 'pajamas', 'pyjama', 'pyjamas', 'sleepwear', 'nightwear', 'loungewear', 'pjs', 'lounge set', 'nightgown', 'sleep sack', 'pijama'], ko: ['잠옷', '파자마', '수면조끼'] },
  { id: 'dress', en: ['dress', 'tutu', 'gown', 'kleid', 'vestido', 'sukienka', 'saty'], ko: ['드레스', '원피스'] },
  { id: 'shoes', en: ['shoe', 'shoes', 'sneaker', 'sneakers', 'trainer', 'footwear', 'slipper', 'loafer', 'chaussure', 'schuh', 'zapato', 'scarpa'], ko: ['신발', '운동화', '스니커즈', '슈즈', '실내화', '워킹화'] },
  { id: 'boots', en: ['boot', 'boots', 'rain boot', 'rain boots', 'wellington', 'wellies', 'rubber boots'], ko: ['부츠', '장화', '레인부츠'] },
  { id: 'sandals', en: ['sandal', 'sandals', 'flip flop', 'jelly shoes', 'slides'], ko: ['샌들', '슬리퍼', '젤리슈즈'] },
  { id: 'hat', en: ['hat', 'beanie', 'bonnet', 'baseball cap', 'sun hat'], ko: ['모자', '비니'] },
  { id: 'helmet', en: ['helmet', 'bike helmet', 'bicycle helmet', 'cycling helmet', 'ski helmet', 'skate helmet', 'casque', 'helm', 'casco', 'kask'], ko: ['헬멧', '안전모'] },
  { id: 'protective-gear', en: ['protective gear', 'knee pad', 'knee pads', 'elbow pad', 'elbow pads', 'wrist guard', 'wrist guards', 'safety kit', 'pad set', 'guard set'], ko: ['보호대', '무릎보호대', '보호장비'] },
  { id: 'jewellery', broad: true, en: ['jewellery', 'jewelry', 'bijoux', 'schmuck', 'joyeria', 'gioielli', 'bizuteria'], ko: ['주얼리', '쥬얼리', '액세서리', '악세사리'] },
  { id: 'earrings', en: ['earring', 'earrings', 'ear stud', 'studs', 'hoop earring', 'boucle doreille', 'ohrringe', 'pendientes', 'orecchini', 'kolczyki', 'nausnice'], ko: ['귀걸이', '이어링', '피어싱'] },
  { id: 'necklace', en: ['necklace', 'pendant', 'choker', 'collier', 'halskette', 'naszyjnik', 'nahrdelnik'], ko: ['목걸이', '펜던트'] },
  { id: 'bracelet', en: ['bracelet', 'bangle', 'anklet', 'armband jewelry', 'pulsera'], ko: ['팔찌', '발찌'] },
  { id: 'ring', en: ['finger ring', 'ring jewelry', 'bague', 'anillo'], ko: ['반지'] },
  { id: 'body-jewellery', en: ['piercing', 'belly button piercing', 'belly ring', 'navel ring', 'nose ring', 'nose stud', 'lip ring', 'tongue ring', 'body jewelry', 'body jewellery', 'septum ring'], ko: ['피어싱', '배꼽피어싱', '배꼽 피어싱', '코걸이', '바디 피어싱'] },
  { id: 'hair-accessory', en: ['hair clip', 'hair clips', 'hairpin', 'hairpins', 'barrette', 'barrettes', 'hair accessory', 'hair accessories', 'headband', 'hair band', 'scrunchie', 'hair tie', 'bow clip'], ko: ['머리핀', '헤어핀', '머리띠', '헤어밴드', '헤어 액세서리', '헤어액세서리', '곱창밴드', '집게핀'] },
  { id: 'bag', en: ['bag', 'backpack', 'school bag', 'handbag', 'tote', 'pouch', 'purse', 'wallet'], ko: ['가방', '백팩', '파우치', '지갑', '책가방'] },
  { id: 'sunglasses', en: ['sunglasses', 'sunglass', 'glasses', 'eyewear', 'goggles'], ko: ['선글라스', '안경', '고글'] },
  // cosmetics and personal care
  { id: 'cosmetics', broad: true, en: ['cosmetic', 'cosmetics', 'makeup', 'make up', 'beauty', 'maquillage', 'kosmetik'], ko: ['화장품', '메이크업', '뷰티'] },
  { id: 'lipstick', en: ['lipstick', 'lip gloss', 'lip balm', 'lip tint', 'lip plumper', 'rouge a levre', 'lippenstift', 'pintalabios', 'rtenka'], ko: ['립스틱', '립글로스', '립밤', '틴트'] },
  { id: 'concealer', en: ['concealer', 'foundation', 'bb cream', 'cc cream', 'primer', 'corrector'], ko: ['컨실러', '파운데이션', '비비크림'] },
  { id: 'eye-makeup', en: ['eyeshadow', 'eye shadow', 'mascara', 'eyeliner', 'eyebrow pencil'], ko: ['아이섀도', '마스카라', '아이라이너'] },
  { id: 'nail-polish', en: ['nail polish', 'nail varnish', 'gel polish', 'nail art'], ko: ['매니큐어', '네일', '젤네일'] },
  { id: 'perfume', en: ['perfume', 'fragrance', 'eau de parfum', 'eau de toilette', 'edt', 'edp', 'cologne', 'parfum', 'profumo', 'perfumy', 'body mist', 'eau de cologne'], ko: ['향수', '오드뚜왈렛', '오드퍼퓸', '오드투왈렛', '코롱'] },
  { id: 'aftershave', en: ['aftershave', 'after shave', 'after shave lotion', 'aftershave lotion', 'apres rasage'], ko: ['애프터쉐이브', '애프터셰이브'] },
  { id: 'skin-care', en: ['cream', 'lotion', 'serum', 'moisturizer', 'hand cream', 'face cream', 'body lotion', 'cleanser', 'toner', 'sunscreen', 'creme'], ko: ['크림', '로션', '세럼', '핸드크림', '선크림', '에센스'] },
  { id: 'hair-care', en: ['shampoo', 'conditioner', 'hair growth', 'hair serum', 'hair oil', 'hair spray', 'minoxidil', 'hair regrowth', 'hair mask', 'hair gel', 'hair wax'], ko: ['샴푸', '린스', '발모', '탈모', '헤어오일', '헤어팩', '헤어젤', '헤어왁스'] },
  { id: 'hair-dye', en: ['hair dye', 'hair colour', 'hair color', 'hair colouring', 'hair coloring', 'hair colour cream', 'hair color cream', 'coloration', 'haarfarbe', 'tinte para el cabello', 'tinta per capelli', 'farba do wlosow'], ko: ['염색약', '염모제', '헤어컬러', '헤어 컬러', '새치염색'] },
  { id: 'soap', en: ['soap', 'liquid soap', 'hand soap', 'shower gel', 'body wash', 'bath gel', 'hand wash', 'savon', 'gel douche', 'seife', 'duschgel', 'jabon', 'gel de ducha', 'sapone', 'mydlo', 'zel pod prysznic'], ko: ['비누', '바디워시', '샤워젤', '핸드워시', '물비누'] },
  { id: 'hair-removal', en: ['waxing kit', 'wax warmer', 'wax heater', 'depilatory', 'hair removal', 'epilator', 'wax strips', 'roll on wax'], ko: ['왁싱', '제모', '왁스워머'] },
  { id: 'hair-dryer', en: ['hair dryer', 'hairdryer', 'blow dryer', 'hair drier', 'hot air brush', 'volumizer', 'hair styler', 'seche cheveux', 'haartrockner', 'secador', 'asciugacapelli', 'suszarka'], ko: ['헤어드라이어', '헤어 드라이어', '드라이어', '드라이기', '열풍 브러시', '에어랩'] },
  { id: 'hair-straightener', en: ['hair straightener', 'flat iron', 'curling iron', 'curler', 'curling wand', 'hair crimper'], ko: ['고데기', '매직기', '봉고데기'] },
  { id: 'shaver', en: ['shaver', 'razor', 'trimmer', 'clipper', 'electric razor'], ko: ['면도기', '트리머', '바리깡'] },
  { id: 'lint-remover', en: ['lint remover', 'fabric shaver', 'sweater shaver', 'fuzz remover', 'pilling remover', 'defuzzer', 'lint shaver', 'bobble remover'], ko: ['보풀제거기', '보풀 제거기', '보풀'] },
  { id: 'toothbrush', en: ['toothbrush', 'electric toothbrush', 'tooth brush'], ko: ['칫솔', '전동칫솔'] },
  { id: 'tattoo-ink', en: ['tattoo ink', 'tattoo pigment', 'tattoo ink pigment', 'permanent makeup pigment', 'microblading pigment', 'pmu pigment'], ko: ['타투 잉크', '타투잉크', '반영구 색소', '반영구 잉크'] },
  { id: 'massager', en: ['massager', 'massage gun', 'neck massager', 'eye massager', 'foot massager', 'massage device'], ko: ['마사지기', '안마기', '마사지건'] },
  // electrical
  { id: 'charger', en: ['charger', 'charging adapter', 'wall charger', 'usb charger', 'power adapter', 'charger head', 'charging head', 'charging block', 'chargeur', 'ladegerat', 'cargador', 'caricatore', 'ladowarka', 'nabijecka', 'balance charger', 'battery charger'], ko: ['충전기', '충전 어댑터', '충전어댑터', '고속충전기', '급속충전기'] },
  { id: 'power-bank', en: ['power bank', 'powerbank', 'portable charger', 'battery pack', 'external battery'], ko: ['보조배터리', '보조 배터리', '파워뱅크'] },
  { id: 'cable', en: ['cable', 'charging cable', 'usb cable', 'charging cord', 'kabel'], ko: ['케이블', '충전선', '충전 케이블'] },
  { id: 'plug-adapter', en: ['plug adapter', 'travel adapter', 'travel adaptor', 'socket adapter', 'socket converter', 'multi plug', 'plug converter', 'adaptor plug', 'power strip', 'extension lead', 'extension cord', 'socket', 'multi socket', 'adapter'], ko: ['플러그 어댑터', '어댑터', '멀티탭', '멀티 콘센트', '콘센트', '변환 어댑터', '여행용 어댑터', '멀티플러그'] },
  { id: 'battery', en: ['battery', 'batteries', 'lipo', 'rechargeable battery', 'button cell', 'coin cell'], ko: ['배터리', '건전지'] },
  { id: 'light-string', en: ['lighting chain', 'light chain', 'fairy lights', 'fairy light', 'string lights', 'string light', 'light string', 'christmas lights', 'christmas tree lights', 'led chain', 'garland lights', 'curtain lights', 'decoration lights', 'decorative lights', 'lichterkette', 'guirlande lumineuse', 'guirnalda luces', 'svetelny retez', 'lancuch swietlny'], ko: ['줄조명', '라이팅 체인', '트리 전구', '크리스마스 전구', '앵두전구', '가랜드', '커튼 조명', '장식 조명', '전구'] },
  { id: 'lamp', broad: true, en: ['lamp', 'light', 'lights', 'lighting', 'led light', 'lampe', 'leuchte', 'lampara', 'luz', 'lampa', 'svitidlo'], ko: ['조명', '램프', '등', '라이트'] },
  { id: 'night-light', en: ['night light', 'nightlight', 'star projector', 'galaxy projector', 'nebula projector', 'projection lamp', 'star projection', 'starry sky', 'mood light'], ko: ['무드등', '수면등', '취침등', '별빛 프로젝터', '은하수 프로젝터'] },
  { id: 'projector', en: ['projector', 'projection', 'stage light', 'laser stage', 'disco light', 'dj light', 'party light', 'laser light', 'beam light', 'moving head'], ko: ['프로젝터', '무대 조명', '무대조명', '디스코', '레이저 조명'] },
  { id: 'laser-pointer', en: ['laser pointer', 'laser pen', 'green laser', 'laser sight', 'pointeur laser', 'laserpointer', 'puntero laser'], ko: ['레이저 포인터', '레이저포인터', '레이저 펜'] },
  { id: 'flashlight', en: ['flashlight', 'torch', 'dive light', 'diving torch', 'headlamp', 'head torch', 'lantern', 'work light'], ko: ['손전등', '랜턴', '후레쉬', '플래시', '헤드랜턴'] },
  { id: 'ring-light', en: ['ring light', 'ring lamp', 'selfie light', 'video light', 'fill light', 'selfie ring'], ko: ['링라이트', '링 라이트', '조명 스탠드'] },
  { id: 'bike-light', en: ['bike light', 'bicycle light', 'cycling light', 'tail light', 'rear light'], ko: ['자전거 라이트', '자전거 조명', '후미등', '전조등'] },
  { id: 'smoke-alarm', en: ['smoke detector', 'smoke alarm', 'carbon monoxide detector', 'co detector', 'co alarm', 'carbon monoxide alarm', 'fire alarm', 'gas detector', 'rauchmelder', 'detecteur de fumee'], ko: ['화재경보기', '화재감지기', '연기감지기', '일산화탄소 경보기', '가스경보기', '경보기'] },
  { id: 'fan', en: ['fan', 'desk fan', 'table fan', 'usb fan', 'handheld fan', 'neck fan', 'cooling fan', 'clip fan', 'ventilator', 'ventilateur', 'ventilador'], ko: ['선풍기', '휴대용 선풍기', '탁상용 선풍기', '쿨링팬', '미니팬', '서큘레이터'] },
  { id: 'heater', en: ['heater', 'space heater', 'heating pad', 'electric blanket', 'hand warmer', 'heated', 'radiator'], ko: ['히터', '난로', '전기장판', '손난로', '온열', '스토브'] },
  { id: 'humidifier', en: ['humidifier', 'air humidifier', 'ultrasonic humidifier', 'aroma diffuser', 'essential oil diffuser', 'oil diffuser', 'mist maker', 'diffuser'], ko: ['가습기', '초음파 가습기', '디퓨저', '아로마 디퓨저'] },
  { id: 'dehumidifier', en: ['dehumidifier', 'moisture absorber', 'deshumidificateur', 'luftentfeuchter', 'deshumidificador', 'deumidificatore', 'osuszacz powietrza'], ko: ['제습기'] },
  { id: 'refrigerator', en: ['refrigerator', 'fridge', 'freezer', 'fridge freezer', 'mini fridge', 'refrigerateur', 'congelateur', 'kuhlschrank', 'gefrierschrank', 'frigorifico', 'frigorifero', 'lodowka', 'zamrazarka'], ko: ['냉장고', '냉동고', '냉동냉장고'] },
  { id: 'steam-cleaner', en: ['steam cleaner', 'steam mop', 'nettoyeur vapeur', 'dampfreiniger', 'limpiador a vapor', 'vaporetto', 'parownica'], ko: ['스팀 클리너', '스팀클리너', '스팀 청소기', '스팀청소기', '스팀 걸레'] },
  { id: 'snow-blower', en: ['snow blower', 'snow thrower', 'snowblower', 'chasse neige', 'schneefrase', 'quitanieves', 'spazzaneve', 'odsniezarka'], ko: ['제설기'] },
  { id: 'air-purifier', en: ['air purifier', 'air cleaner', 'air filter'], ko: ['공기청정기', '공기 청정기'] },
  { id: 'kettle', en: ['kettle', 'electric kettle', 'water boiler', 'bouilloire', 'wasserkocher'], ko: ['전기포트', '주전자', '커피포트'] },
  { id: 'blender', en: ['blender', 'portable blender', 'juicer', 'mixer', 'smoothie maker', 'juice cup', 'food processor'], ko: ['블렌더', '믹서기', '믹서', '착즙기', '휴대용 블렌더'] },
  { id: 'contact-grill', en: ['contact grill', 'electric grill', 'table grill', 'panini press', 'panini maker', 'sandwich maker', 'sandwich press', 'sandwich toaster', 'waffle maker', 'grill plate'], ko: ['전기 그릴', '전기그릴', '컨택트 그릴', '컨택트그릴', '샌드위치 메이커', '샌드위치메이커', '와플 메이커', '파니니'] },
  { id: 'kitchen-appliance', broad: true, en: ['air fryer', 'toaster', 'rice cooker', 'coffee maker', 'microwave', 'oven', 'cooker', 'pressure cooker', 'waffle maker', 'grill'], ko: ['에어프라이어', '토스터', '밥솥', '커피머신', '전자레인지', '오븐'] },
  { id: 'headphones', en: ['headphone', 'headphones', 'headset', 'earphone', 'earphones', 'earbud', 'earbuds', 'ear muffs', 'casque audio', 'kopfhorer', 'auriculares'], ko: ['헤드폰', '헤드셋', '이어폰', '블루투스 이어폰'] },
  { id: 'smartwatch', en: ['smartwatch', 'smart watch', 'fitness tracker', 'smart band', 'watch'], ko: ['스마트워치', '워치', '시계'] },
  { id: 'phone-accessory', broad: true, en: ['phone case', 'phone holder', 'phone stand', 'screen protector', 'selfie stick', 'tripod'], ko: ['폰케이스', '휴대폰 케이스', '거치대', '삼각대'] },
  { id: 'lighter', en: ['lighter', 'butane lighter', 'torch lighter', 'jet lighter', 'novelty lighter', 'zapalovac', 'feuerzeug', 'briquet', 'mechero', 'accendino', 'zapalniczka'], ko: ['라이터', '토치'] },
  { id: 'candle', en: ['candle', 'scented candle', 'wax melt', 'bougie', 'kerze'], ko: ['양초', '캔들', '향초'] },
  // sport and mobility
  { id: 'bicycle', en: ['bicycle', 'bike', 'cycling', 'cycle', 'mtb', 'balance bike', 'velo', 'fahrrad', 'bicicleta', 'rower'], ko: ['자전거', '사이클', '밸런스바이크'] },
  { id: 'scooter', en: ['scooter', 'kick scooter', 'e scooter', 'electric scooter', 'hoverboard', 'skateboard', 'roller skate', 'roller skates', 'inline skates', 'skating', 'trottinette'], ko: ['킥보드', '스쿠터', '전동킥보드', '스케이트보드', '인라인', '롤러스케이트'] },
  { id: 'trampoline', en: ['trampoline'], ko: ['트램펄린', '방방'] },
  { id: 'fitness', broad: true, en: ['dumbbell', 'kettlebell', 'resistance band', 'yoga mat', 'exercise', 'fitness', 'gym'], ko: ['덤벨', '케틀벨', '요가매트', '운동기구'] },
  // household
  { id: 'furniture', broad: true, en: ['chair', 'table', 'shelf', 'cabinet', 'dresser', 'chest of drawers', 'wardrobe', 'bookcase'], ko: ['의자', '테이블', '선반', '서랍장', '옷장', '책장'] },
  { id: 'food-container', en: ['lunch box', 'bento', 'food container', 'water bottle', 'tumbler', 'cup', 'mug', 'plate', 'bowl', 'straw', 'baby tableware'], ko: ['도시락', '텀블러', '물병', '컵', '머그', '접시', '식판', '빨대'] },
  { id: 'sticker', en: ['sticker', 'stickers', 'decal', 'label'], ko: ['스티커', '라벨'] },
];

/**
 * Product types in the languages Safety Gate alerts are written in (French, German, Spanish, Italian,
 * Polish, Dutch, Czech, Portuguese), folded (no accents, lower case). Merged into the concepts above, so a
 * record named "Ladegerät" or "Veilleuse" has the type an English or Korean listing names.
 */
export const TYPE_TRANSLATIONS: Record<string, readonly string[]> = {
  doll: ['pop', 'boneca'],
  plush: ['kuscheltier', 'stofftier', 'pluszak', 'maskotka pluszowa', 'knuffeldier', 'plysak'],
  puzzle: ['casse tete', 'rompecabezas', 'puzzel', 'ukladanka'],
  blocks: ['jeu de construction', 'bausteine', 'klocki', 'bloques de construccion', 'mattoncini', 'stavebnice'],
  'toy-vehicle': ['voiture miniature', 'spielzeugauto', 'coche de juguete', 'samochodzik', 'autko'],
  'toy-gun': ['pistolet jouet', 'spielzeugpistole', 'pistola de juguete', 'pistolet na wode', 'wasserpistole'],
  'bubble-toy': ['bulles de savon', 'seifenblasen', 'pompas de jabon', 'bolle di sapone', 'banki mydlane'],
  slime: ['pate a modeler', 'knete', 'plastilina', 'ciastolina', 'modelina'],
  ball: ['balle', 'pelota', 'palla', 'pilka', 'mic'],
  rattle: ['hochet', 'rassel', 'sonajero', 'sonaglio', 'grzechotka', 'chrastitko'],
  teether: ['anneau de dentition', 'beissring', 'mordedor', 'massaggiagengive', 'gryzak', 'kousatko'],
  'kids-makeup': ['maquillage enfant', 'kinderschminke'],
  costume: ['costume da'],
  pacifier: ['sucette', 'ciuccio', 'smoczek', 'dudlik', 'fopspeen'],
  'pacifier-clip': ['attache sucette', 'schnullerband', 'sujetachupetes', 'clip ciuccio', 'zawieszka do smoczka'],
  'baby-bottle': ['biberon', 'babyflasche', 'butelka dla niemowlat'],
  stroller: ['wozek dzieciecy', 'kocarek'],
  'baby-carrier': ['porte bebe', 'babytrage', 'mochila portabebes', 'marsupio', 'nosidelko'],
  'car-seat': ['siege auto', 'kindersitz', 'autokindersitz', 'silla de coche', 'seggiolino auto', 'fotelik samochodowy', 'autosedacka'],
  'high-chair': ['chaise haute', 'hochstuhl', 'trona', 'seggiolone', 'krzeselko do karmienia'],
  cot: ['lit bebe', 'babybett', 'kinderbett', 'cuna', 'lettino', 'lozeczko', 'postylka'],
  mattress: ['matelas', 'matratze', 'colchon', 'materasso', 'materac', 'matrace'],
  swing: ['balancoire', 'schaukel', 'columpio', 'altalena', 'hustawka', 'houpacka'],
  'baby-walker': ['trotteur', 'lauflernhilfe', 'andador', 'girello', 'chodzik'],
  'swim-aid': ['brassards', 'schwimmflugel', 'manguitos', 'braccioli', 'rekawki do plywania', 'rukavky'],
  clothing: ['abbigliamento', 'odziez', 'obleceni'],
  hoodie: ['sweat a capuche', 'kapuzenpullover', 'sudadera', 'felpa', 'bluza', 'mikina'],
  pyjamas: ['schlafanzug', 'pigiama', 'pizama', 'pyzamo'],
  dress: ['robe', 'vestito'],
  shoes: ['chaussures', 'schuhe', 'zapatos', 'scarpe', 'buty', 'boty'],
  boots: ['bottes', 'stiefel', 'gummistiefel', 'botas', 'stivali', 'kozaki', 'kalosze'],
  hat: ['chapeau', 'mutze', 'gorro', 'cappello', 'czapka', 'cepice'],
  helmet: ['fahrradhelm', 'prilba'],
  jewellery: ['bijou', 'joya', 'bisuteria', 'gioiello', 'bizuterie', 'sieraden'],
  earrings: ['boucles doreilles'],
  necklace: ['kette', 'collar', 'collana', 'ketting'],
  bracelet: ['armband', 'bracciale', 'bransoletka', 'naramek'],
  ring: ['anello', 'pierscionek', 'prsten'],
  'hair-accessory': ['pince a cheveux', 'haarspange', 'haarklammer', 'pinza de pelo', 'fermaglio', 'spinka do wlosow'],
  bag: ['sac', 'tasche', 'bolso', 'mochila', 'borsa', 'torba', 'plecak', 'taska', 'batoh'],
  cosmetics: ['cosmetique', 'cosmetico', 'kosmetyk', 'kosmetika'],
  lipstick: ['rouge a levres', 'barra de labios', 'rossetto', 'pomadka'],
  'nail-polish': ['vernis a ongles', 'nagellack', 'esmalte de unas', 'smalto', 'lakier do paznokci', 'lak na nehty'],
  'skin-care': ['creme hydratante', 'hautcreme', 'crema', 'krem', 'krem do twarzy'],
  'hair-dryer': ['fohn', 'secador de pelo', 'suszarka do wlosow', 'feny'],
  'hair-straightener': ['lisseur', 'glatteisen', 'plancha de pelo', 'piastra', 'prostownica'],
  toothbrush: ['brosse a dents', 'zahnburste', 'cepillo de dientes', 'spazzolino', 'szczoteczka do zebow', 'kartacek na zuby'],
  charger: ['netzteil', 'zasilacz', 'adaptateur secteur'],
  'power-bank': ['batterie externe', 'bateria externa', 'powerbanka'],
  cable: ['cable de charge', 'ladekabel', 'cavo', 'kabel usb'],
  'plug-adapter': ['adaptateur', 'multiprise', 'steckdosenleiste', 'mehrfachsteckdose', 'reiseadapter', 'regleta', 'ladron', 'adattatore', 'ciabatta', 'przedluzacz', 'rozgaleziacz', 'prodluzovaci kabel'],
  battery: ['pile', 'piles', 'batterie', 'akku', 'pila', 'bateria', 'batteria', 'baterie'],
  'night-light': ['veilleuse', 'nachtlicht', 'luz nocturna', 'luce notturna', 'lampka nocna', 'nocni svetlo'],
  'laser-pointer': ['puntatore laser', 'wskaznik laserowy', 'laserove ukazovatko'],
  flashlight: ['lampe torche', 'lampe de poche', 'taschenlampe', 'linterna', 'torcia', 'latarka', 'svitilna'],
  'smoke-alarm': ['detecteur de monoxyde', 'detector de humo', 'rilevatore di fumo', 'czujnik dymu', 'czujka dymu', 'hlasic koure'],
  heater: ['radiateur', 'chauffage', 'heizlufter', 'heizgerat', 'calefactor', 'stufa', 'grzejnik', 'farelka', 'ohrivac'],
  humidifier: ['humidificateur', 'luftbefeuchter', 'humidificador', 'umidificatore', 'nawilzacz', 'zvlhcovac'],
  kettle: ['hervidor', 'bollitore', 'czajnik', 'rychlovarna konvice'],
  blender: ['mixeur', 'standmixer', 'batidora', 'licuadora', 'frullatore', 'blender kielichowy'],
  'contact-grill': ['grill electrique', 'kontaktgrill', 'sandwichmaker', 'sandwichera', 'piastra elettrica', 'opiekacz', 'toustovac'],
  headphones: ['ecouteurs', 'cuffie', 'sluchawki', 'sluchatka'],
  lighter: ['encendedor'],
  candle: ['vela', 'candela', 'swieca', 'svicka'],
  bicycle: ['bicyclette', 'jizdni kolo', 'fiets'],
  scooter: ['tretroller', 'roller', 'patinete', 'monopattino', 'hulajnoga', 'kolobezka'],
  trampoline: ['trampolin', 'trampolina', 'trampolino'],
  'food-container': ['gourde', 'trinkflasche', 'botella', 'borraccia', 'bidon', 'lahev', 'tasse', 'becher', 'taza', 'tazza', 'kubek', 'hrnek', 'assiette', 'teller', 'plato', 'piatto', 'talerz', 'talir'],
};

/** Words that describe every listing and so identify none: colours, sizes, sales talk, materials, fillers. */
const GENERIC_WORDS_LIST: readonly string[] = [
  'new', 'hot', 'sale', 'free', 'shipping', 'style', 'type', 'model', 'brand', 'original', 'genuine', 'official',
  'high', 'quality', 'premium', 'best', 'top', 'super', 'mini', 'large', 'small', 'big', 'medium', 'size', 'sizes',
  'color', 'colour', 'colors', 'colours', 'colorful', 'multicolor', 'multicolour', 'rainbow', 'black', 'white', 'red',
  'blue', 'green', 'yellow', 'pink', 'purple', 'orange', 'grey', 'gray', 'gold', 'golden', 'silver', 'brown', 'beige',
  'clear', 'transparent', 'cute', 'funny', 'creative', 'novelty', 'kawaii', 'fashion', 'fashionable', 'stylish',
  'portable', 'rechargeable', 'wireless', 'electric', 'electronic', 'automatic', 'adjustable', 'foldable', 'folding',
  'waterproof', 'outdoor', 'indoor', 'home', 'house', 'household', 'office', 'travel', 'gift', 'gifts', 'present',
  'birthday', 'christmas', 'xmas', 'halloween', 'easter', 'party', 'wedding', 'decoration', 'decorative', 'decor',
  'soft', 'safe', 'safety', 'educational', 'education', 'learning', 'sensory', 'montessori', 'diy', 'usb', 'led',
  '3d', 'type-c', 'typec', 'usbc', 'fast', 'quick', 'smart', 'pro', 'plus', 'max', 'ultra', 'lite', 'professional',
  'durable', 'lightweight', 'light', 'universal', 'compatible', 'replacement', 'accessory', 'accessories', 'tool',
  'tools', 'set', 'kit', 'pack', 'piece', 'pcs', 'pc', 'pair', 'pairs', 'lot', 'bulk', 'wholesale', 'cheap',
  'plastic', 'metal', 'wooden', 'wood', 'silicone', 'cotton', 'rubber', 'steel', 'stainless', 'glass', 'leather',
  'fabric', 'pvc', 'eva', 'abs', 'nylon', 'polyester', 'felt', 'alloy', 'natural', 'organic', 'eco', 'friendly',
  'non', 'toxic', 'nontoxic', 'bpa', 'classic', 'vintage', 'modern', 'luxury', 'simple', 'basic', 'standard',
  'multi', 'multifunctional', 'function', 'functional', 'mode', 'modes', 'speed', 'speeds', 'level', 'levels',
  'inch', 'cm', 'mm', 'ml', 'year', 'years', 'month', 'months', 'old', 'age', 'ages', 'up', 'plug', 'eu', 'us',
  'uk', 'au', 'kr', 'cn', 'version', 'edition', 'series', 'collection', 'design', 'pattern', 'print', 'printed',
  'cartoon', 'animal', 'animals', 'star', 'stars', 'moon', 'sun', 'heart', 'hearts', 'flower', 'floral', 'unicorn',
  'dinosaur', 'princess', 'prince', 'mermaid', 'bear', 'cat', 'dog', 'bunny', 'rabbit', 'cloud', 'glitter', 'shiny',
  'sparkle', 'neon', 'glow', 'flashing', 'shape', 'shaped', 'round', 'square', 'long', 'short', 'thick', 'thin',
  'warm', 'cool', 'cold', 'day', 'night', 'daily', 'use', 'using', 'used', 'holder', 'stand', 'storage',
  'box', 'case', 'cover', 'bag', 'include', 'including', 'included', 'includes', 'item', 'items', 'product',
  'products', 'goods', 'store', 'shop', 'authentic', 'deal', 'offer', 'discount', 'promo', 'limited',
  'kids', 'kid', 'children', 'child', 'childrens', 'baby', 'babies', 'infant', 'infants', 'toddler', 'toddlers',
  'boy', 'boys', 'girl', 'girls', 'men', 'mens', 'man', 'women', 'womens', 'woman', 'lady', 'ladies', 'adult',
  'adults', 'unisex', 'family', 'teen', 'teens', 'student', 'students', 'youth', 'newborn', 'junior',
  'recall', 'recalled', 'recalls', 'hazard', 'risk', 'injury', 'death', 'serious', 'due', 'violate', 'violates',
  'mandatory', 'sold', 'exclusively', 'amazon', 'online', 'com', 'www', 'http', 'https',
  'pouch', 'zipper', 'handle', 'remote', 'control', 'timer', 'battery', 'operated', 'powered', 'charging',
  'charge', 'power', 'dual', 'double', 'single', 'triple', 'port', 'ports', 'wall', 'car', 'phone', 'mobile',
  'iphone', 'android', 'samsung', 'xiaomi', 'huawei', 'apple', 'support', 'supports',
  // The same kinds of word in the languages alerts are written in (French, German, Spanish, Italian, Polish,
  // Dutch): colours, materials, sizes and fillers name no product, in an alert's own name as in a title.
  'noir', 'noire', 'blanc', 'blanche', 'rouge', 'bleu', 'bleue', 'vert', 'verte', 'jaune', 'rose', 'violet',
  'gris', 'marron', 'dore', 'argente', 'schwarz', 'weiss', 'rot', 'blau', 'grun', 'gelb', 'lila', 'braun',
  'negro', 'negra', 'blanco', 'blanca', 'rojo', 'roja', 'azul', 'verde', 'amarillo', 'rosa', 'morado', 'nero',
  'bianco', 'rosso', 'giallo', 'czarny', 'bialy', 'czerwony', 'niebieski', 'zielony', 'zolty', 'rozowy', 'zwart',
  'wit', 'rood', 'blauw', 'groen', 'geel', 'roze',
  'plastique', 'metallique', 'bois', 'coton', 'kunststoff', 'holz', 'baumwolle', 'plastico', 'madera', 'algodon',
  'plastica', 'legno', 'cotone', 'plastikowy', 'drewniany', 'bawelna', 'hout', 'katoen',
  'petit', 'petite', 'grand', 'grande', 'klein', 'kleine', 'gross', 'grosse', 'pequeno', 'pequena', 'piccolo',
  'duzy', 'maly', 'groot',
  'nouveau', 'nouvelle', 'neu', 'neue', 'nuevo', 'nueva', 'nuovo', 'nowy', 'nieuw',
  'electrique', 'elektrisch', 'elektrische', 'electrico', 'electrica', 'elettrico', 'elektryczny',
  'wiederaufladbar', 'recargable', 'ricaricabile', 'sans', 'fil', 'kabellos', 'inalambrico',
  'bezprzewodowy', 'draadloos', 'portatif', 'portatil', 'tragbar', 'przenosny', 'pliable', 'faltbar', 'plegable',
  'pieghevole', 'skladany', 'etanche', 'wasserdicht', 'impermeable', 'impermeabile', 'wodoodporny',
  'modele', 'modell', 'modelo', 'modello', 'typ', 'tipo', 'marque', 'marke', 'marca', 'taille',
  'talla', 'taglia', 'rozmiar', 'couleur', 'farbe', 'kolor', 'ensemble', 'zestaw', 'conjunto', 'juego',
  'pieces', 'stuck', 'stk', 'piezas', 'pezzi', 'szt', 'sztuk', 'paire', 'paar', 'par', 'paio',
  'cadeau', 'geschenk', 'regalo', 'prezent', 'cadeautje', 'noel', 'weihnachten', 'navidad', 'natale',
  'fille', 'filles', 'garcon', 'garcons', 'madchen', 'junge', 'jungen', 'nina', 'ninas', 'bambina', 'ragazza',
  'ragazzo', 'dziewczynka', 'chlopiec', 'meisje', 'jongen', 'femme', 'femmes', 'homme', 'hommes', 'damen',
  'herren', 'mujer', 'hombre', 'donna', 'uomo', 'damski', 'meski', 'dames', 'heren',
];
export const GENERIC_WORDS: ReadonlySet<string> = new Set(GENERIC_WORDS_LIST);

/** Words saying what a product looks like ("Alien Shape", "Unicorn Style"): the word before one is no brand. */
const LOOK_WORDS_LIST: readonly string[] = [
  'shape', 'shaped', 'style', 'styled', 'pattern', 'patterned', 'print', 'printed', 'design', 'designed', 'theme',
  'themed', 'motif', 'inspired', 'form', 'modeling', 'modelling', '모양', '스타일', '패턴', '디자인',
];
export const LOOK_WORDS: ReadonlySet<string> = new Set(LOOK_WORDS_LIST);

/** Quantity words a title may start with before the brand ("2 Pack Zorblin …", "Set of 3"). */
const PACK_WORDS_LIST: readonly string[] = ['pack', 'set'];
export const PACK_WORDS: ReadonlySet<string> = new Set(PACK_WORDS_LIST);

/** Function words in the languages titles and alerts are written in. */
const STOP_WORDS_LIST: readonly string[] = [
  'a', 'an', 'the', 'and', 'or', 'for', 'with', 'without', 'of', 'in', 'on', 'to', 'by', 'from', 'at', 'as', 'is',
  'are', 'be', 'this', 'that', 'it', 'its', 'into', 'your', 'you', 'my', 'our', 'all', 'any', 'no', 'not', 'x',
  'de', 'la', 'le', 'les', 'des', 'du', 'et', 'pour', 'avec', 'en', 'un', 'une', 'au', 'aux', 'sur', 'dans',
  'der', 'die', 'das', 'und', 'mit', 'fur', 'von', 'zum', 'zur', 'ein', 'eine', 'fuer',
  'el', 'los', 'las', 'y', 'con', 'para', 'del', 'por', 'una', 'uno',
  'il', 'lo', 'gli', 'e', 'di', 'per', 'da', 'della', 'delle',
  'het', 'van', 'voor', 'met', 'een', 'op',
  'i', 'z', 'w', 'dla', 'na', 'do', 'ze',
  's', 'se', 'pro', 'od',
  'here', 'there', 'more', 'most', 'very', 'so', 'too', 'also', 'only', 'just', 'than', 'then', 'can', 'will',
  'about', 'approx', 'approximately', 'various', 'assorted',
];
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORDS_LIST);

/** Brand fields that name no brand, or name a word every listing uses. Compared as compact keys. */
const GENERIC_BRANDS_LIST: readonly string[] = [
  'typec', 'typc', 'usbc', 'usb', 'led', '3d', '4k', 'hd', 'generic', 'unbranded', 'nobrand', 'noname', 'none',
  'na', 'nan', 'unknown', 'oem', 'odm', 'other', 'others', 'various', 'china', 'chinese', 'madeinchina', 'prc',
  'aliexpress', 'amazon', 'amazoncom', 'temu', 'temucom', 'shein', 'ebay', 'tiktok', 'tiktokshop', 'walmart',
  'walmartcom', 'wish', 'alibaba', 'unbrand', 'brandless', 'nonbrand', 'notbranded', 'withoutbrand', 'nobranded',
  'notknown', 'notapplicable', 'nd', 'ns', 'private', 'privatelabel', 'ce', 'rohs', 'fcc', 'kc', 'gift', 'toy',
  'toys', 'kids', 'baby', 'smart', 'pro', 'max', 'mini', 'new', 'fashion', 'home', 'style', 'original',
  // Authorities named in recall titles ("CPSC, Acme Announce Recall of …") are not brands.
  'cpsc', 'uscpsc', 'healthcanada', 'europeancommission', 'safetygate', 'kats', 'accc', 'fda', 'nhtsa',
];
export const GENERIC_BRANDS: ReadonlySet<string> = new Set(GENERIC_BRANDS_LIST);

/** Corporate words trimmed from the end of a brand or company before comparing. */
const COMPANY_SUFFIXES_LIST: readonly string[] = [
  'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'llc', 'ltd', 'limited', 'gmbh', 'ag', 'sa', 'sas',
  'sarl', 'srl', 'spa', 'sro', 'bv', 'nv', 'oy', 'ab', 'as', 'plc', 'pty', 'kg', 'kft', 'zoo', 'sp', 'doo', 'group',
  'holdings', 'holding', 'technology', 'technologies', 'tech', 'electronics', 'electronic', 'electrical', 'trading',
  'trade', 'import', 'export', 'imports', 'international', 'intl', 'industrial', 'industries', 'industry',
  'manufacturing', 'manufacturer', 'factory', 'enterprise', 'enterprises', 'store', 'shop', 'official',
  'officialstore', 'flagship', 'brand', 'products', 'product', 'global', 'direct', 'e', 'commerce', 'ecommerce',
  'network', 'networks', 'dba', 'usa', 'us', 'professional', 'kk', 'bhd', 'sdn', 'pte', 'llp', 'lp', 'sl', 'sasu',
  'ug', 'mbh', 'ohg', 'spzoo', 'bvba', 'aps', 'asa', 'oyj',
];
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(COMPANY_SUFFIXES_LIST);

/** Legal forms written glued to CJK and Korean company names; removed before a brand is cut into words. */
const CORPORATE_FORMS_LIST: readonly string[] = [
  '股份有限公司', '有限责任公司', '有限公司', '有限會社', '株式会社', '株式會社', '公司', '(주)', '주식회사', '유한회사',
];
export const CORPORATE_FORMS: ReadonlySet<string> = new Set(CORPORATE_FORMS_LIST);

/** Cities and countries brands are styled with ("Brand Paris", "Brand Germany"); the brand is the rest. */
const BRAND_PLACE_SUFFIXES_LIST: readonly string[] = [
  'paris', 'london', 'milano', 'milan', 'roma', 'rome', 'berlin', 'munchen', 'munich', 'wien', 'vienna', 'madrid',
  'barcelona', 'amsterdam', 'stockholm', 'copenhagen', 'kobenhavn', 'oslo', 'helsinki', 'zurich', 'geneve', 'geneva',
  'tokyo', 'seoul', 'osaka', 'sydney', 'melbourne', 'toronto', 'germany', 'deutschland', 'france', 'italia', 'italy',
  'espana', 'spain', 'japan', 'nippon', 'korea', 'america', 'europe', 'europa', 'england', 'sweden', 'sverige',
  'denmark', 'danmark', 'norway', 'norge', 'finland', 'switzerland', 'swiss', 'austria', 'holland', 'netherlands',
  'nederland', 'poland', 'polska', 'australia', 'canada', 'hongkong',
];
export const BRAND_PLACE_SUFFIXES: ReadonlySet<string> = new Set(BRAND_PLACE_SUFFIXES_LIST);

/** Words joining a number to ordinary words in a spec phrase ("2-in-1", "Set-of-3"), which is no model. */
const SPEC_CONNECTORS_LIST: readonly string[] = ['in', 'of', 'x', 'and', 'to', 'or'];
export const SPEC_CONNECTORS: ReadonlySet<string> = new Set(SPEC_CONNECTORS_LIST);

/** City and province names that open Chinese company names and say nothing about the brand. */
const PLACE_WORDS_LIST: readonly string[] = [
  'shenzhen', 'guangzhou', 'dongguan', 'ningbo', 'yiwu', 'hangzhou', 'shanghai', 'beijing', 'xiamen', 'huizhou',
  'zhongshan', 'foshan', 'shantou', 'wenzhou', 'jinhua', 'suzhou', 'hong', 'kong', 'hongkong', 'guangdong',
  'zhejiang', 'jiangsu', 'fujian', 'china', 'chengdu', 'tianjin', 'qingdao', 'nanjing', 'wuhan', 'taizhou',
];
export const PLACE_WORDS: ReadonlySet<string> = new Set(PLACE_WORDS_LIST);

const CHILD_WORDS_LIST: readonly string[] = [
  'kid', 'kids', 'child', 'children', 'childrens', 'baby', 'babies', 'infant', 'infants', 'toddler', 'toddlers',
  'newborn', 'boy', 'boys', 'girl', 'girls', 'junior', 'enfant', 'enfants', 'kinder', 'nino', 'ninos',
  'bambino', 'bambini', 'dziecko', 'dzieci', 'deti', 'bebe',
  '어린이', '아동', '유아', '아기', '키즈', '남아', '여아', '신생아', '영아', '아이', '베이비', '주니어',
];
export const CHILD_WORDS: ReadonlySet<string> = new Set(CHILD_WORDS_LIST);

const KOREAN_CHILD_WORDS = [...CHILD_WORDS].filter((w) => /[\uAC00-\uD7A3]/.test(w));

/** A word saying the product is for children (Korean words also inside compounds: 어린이용). */
export function isChildToken(token: { folded: string; norm: string; hangul: boolean }): boolean {
  if (CHILD_WORDS.has(token.folded) || CHILD_WORDS.has(token.norm)) return true;
  return token.hangul && KOREAN_CHILD_WORDS.some((w) => token.norm.includes(w));
}

const ADULT_WORDS_LIST: readonly string[] = [
  'adult', 'adults', 'women', 'womens', 'men', 'mens', 'ladies', 'erwachsene', 'adulte', 'adultes', 'adulto',
  '성인', '어른', '여성', '남성', '여성용', '남성용',
];
export const ADULT_WORDS: ReadonlySet<string> = new Set(ADULT_WORDS_LIST);

/** Every word list above, for the data checks (tests/unit/matching/lexicon.test.ts). */
export const WORD_LISTS: Record<string, readonly string[]> = {
  CORPORATE_FORMS: CORPORATE_FORMS_LIST,
  BRAND_PLACE_SUFFIXES: BRAND_PLACE_SUFFIXES_LIST,
  SPEC_CONNECTORS: SPEC_CONNECTORS_LIST,
  GENERIC_WORDS: GENERIC_WORDS_LIST,
  LOOK_WORDS: LOOK_WORDS_LIST,
  PACK_WORDS: PACK_WORDS_LIST,
  STOP_WORDS: STOP_WORDS_LIST,
  GENERIC_BRANDS: GENERIC_BRANDS_LIST,
  COMPANY_SUFFIXES: COMPANY_SUFFIXES_LIST,
  PLACE_WORDS: PLACE_WORDS_LIST,
  CHILD_WORDS: CHILD_WORDS_LIST,
  ADULT_WORDS: ADULT_WORDS_LIST,
};
