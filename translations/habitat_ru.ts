<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CandidateMapLayer</name>
    <message>
        <source>Candidate reserves</source>
        <translation>Варианты резерватов</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Вариант</translation>
    </message>
</context>
<context>
    <name>CorridorMapLayer</name>
    <message>
        <source>Corridors</source>
        <translation>Коридоры</translation>
    </message>
    <message>
        <source>the reserve</source>
        <translation>заповедник</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>a corridor between two places: %1 and %2 (the reserve or a candidate&apos;s name)</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 км</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость пути</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Mean width</source>
        <translation>Средняя ширина</translation>
    </message>
    <message>
        <source>Corridor area</source>
        <translation>Площадь коридора</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 км²</translation>
    </message>
    <message numerus="yes">
        <source>Least-cost corridors: %n link(s) computed</source>
        <translation>
            <numerusform>Коридоры наименьшей стоимости: вычислена %n связь</numerusform>
            <numerusform>Коридоры наименьшей стоимости: вычислено %n связи</numerusform>
            <numerusform>Коридоры наименьшей стоимости: вычислено %n связей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drawn</source>
        <translation>
            <numerusform>%n показана</numerusform>
            <numerusform>%n показаны</numerusform>
            <numerusform>%n показано</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>file not found</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <source>unrecognised file format</source>
        <translation>неизвестный формат файла</translation>
    </message>
    <message>
        <source>no coordinate reference system</source>
        <translation>нет системы координат</translation>
    </message>
    <message>
        <source>not georeferenced</source>
        <translation>нет географической привязки</translation>
    </message>
    <message>
        <source>empty layer</source>
        <translation>пустой слой</translation>
    </message>
    <message>
        <source>no such layer</source>
        <translation>нет такого слоя</translation>
    </message>
    <message>
        <source>no such field</source>
        <translation>нет такого поля</translation>
    </message>
    <message>
        <source>reprojection failed</source>
        <translation>ошибка перепроецирования</translation>
    </message>
    <message>
        <source>corrupt data</source>
        <translation>повреждённые данные</translation>
    </message>
    <message>
        <source>invalid geometry</source>
        <translation>недопустимая геометрия</translation>
    </message>
    <message>
        <source>invalid input</source>
        <translation>недопустимые входные данные</translation>
    </message>
    <message>
        <source>invalid model configuration</source>
        <translation>недопустимая конфигурация модели</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>файл не записывается</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>cannot connect to the database</source>
        <translation>не удаётся подключиться к базе данных</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>только для чтения</translation>
    </message>
    <message>
        <source>someone else changed it meanwhile</source>
        <translation>тем временем его изменил кто-то другой</translation>
    </message>
</context>
<context>
    <name>LayoutTexts</name>
    <message>
        <source>Candidate reserves for the Amur leopard</source>
        <translation>Варианты резерватов для дальневосточного леопарда</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>Candidate reserves: area, cost and leopards</source>
        <translation>Варианты резерватов: площадь, стоимость и число леопардов</translation>
    </message>
    <message>
        <source>Top-ranked parcels</source>
        <translation>Приоритетные земельные участки</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>km</source>
        <translation>км</translation>
    </message>
    <message>
        <source>mi</source>
        <translation>миль</translation>
    </message>
    <message>
        <source>Coordinate reference system</source>
        <translation>Система координат</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Источники данных</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>Map area</source>
        <translation>Территория карты</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Area, km²</source>
        <translation>Площадь, км²</translation>
    </message>
    <message>
        <source>Area, sq mi</source>
        <translation>Площадь, кв. миль</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>Леопарды</translation>
    </message>
    <message>
        <source>Range (min–max)</source>
        <translation>Диапазон (мин.–макс.)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <source>Leopards added</source>
        <translation>Прирост числа леопардов</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>The letter on a map&apos;s north arrow.</extracomment>
        <translation>С</translation>
    </message>
    <message>
        <source>Forest canopy cover</source>
        <translation>Сомкнутость полога леса</translation>
    </message>
    <message>
        <source>Forest canopy (%)</source>
        <translation>Сомкнутость полога леса (%)</translation>
    </message>
    <message>
        <source>River basins</source>
        <translation>Речные бассейны</translation>
    </message>
    <message>
        <source>Land parcels</source>
        <translation>Земельные участки</translation>
    </message>
    <message>
        <source>Existing reserve</source>
        <translation>Существующий резерват</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Резерват</translation>
    </message>
    <message>
        <source>With reserve</source>
        <translation>С заповедником</translation>
    </message>
    <message>
        <source>Corridor</source>
        <extracomment>The legend&apos;s line for least-cost corridors between the reserve and the candidates.</extracomment>
        <translation>Коридор</translation>
    </message>
    <message>
        <source>Corridor cost, km</source>
        <extracomment>Least accumulated cost of the corridor to the reserve, in km through full forest.</extracomment>
        <translation>Стоимость коридора, км</translation>
    </message>
    <message>
        <source>Corridor length, km</source>
        <translation>Длина коридора, км</translation>
    </message>
    <message>
        <source>Corridor width, km</source>
        <extracomment>Mean width of the corridor to the reserve.</extracomment>
        <translation>Ширина коридора, км</translation>
    </message>
    <message>
        <source>touches</source>
        <extracomment>A table cell: the candidate touches the reserve, no corridor is needed.</extracomment>
        <translation>примыкает</translation>
    </message>
    <message>
        <source>unreachable</source>
        <extracomment>A table cell: no path from the reserve reaches the candidate.</extracomment>
        <translation>недостижим</translation>
    </message>
    <message>
        <source>Chosen in %1 of %2 scenarios</source>
        <translation>Выбран в %1 из %2 сценариев</translation>
    </message>
    <message>
        <source>Chosen in %1 to %2 of %3 scenarios</source>
        <translation>Выбран в %1–%2 из %3 сценариев</translation>
    </message>
</context>
<context>
    <name>MapLayer</name>
    <message>
        <source>File: %1
CRS: %2 (%3)</source>
        <translation>Файл: %1
СК: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>MarxanCandidate</name>
    <message>
        <source>%1: the solution selects no planning unit</source>
        <translation>%1: решение не выбирает ни одной единицы планирования</translation>
    </message>
    <message>
        <source>Marxan %1</source>
        <translation>Marxan %1</translation>
    </message>
    <message>
        <source>New candidate from a Marxan solution</source>
        <translation>Новый вариант из решения Marxan</translation>
    </message>
</context>
<context>
    <name>PatchMapLayer</name>
    <message>
        <source>Habitat patches</source>
        <translation>Участки местообитания</translation>
    </message>
    <message>
        <source>Patch %1</source>
        <translation>Участок местообитания %1</translation>
    </message>
    <message>
        <source>Habitat area</source>
        <translation>Площадь местообитаний</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 км²</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>Леопарды</translation>
    </message>
    <message>
        <source>Leopard-equivalents</source>
        <translation>Эквиваленты леопарда</translation>
    </message>
    <message>
        <source>Large enough for a territory</source>
        <translation>Вмещает индивидуальный участок</translation>
    </message>
    <message>
        <source>no (under %1 km²)</source>
        <translation>нет (менее %1 км²)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Habitat patch (room for a territory)</source>
        <translation>Участок местообитания (вмещает индивидуальный участок)</translation>
    </message>
    <message>
        <source>Patch too small for one territory</source>
        <translation>Участок местообитания, слишком малый для индивидуального участка</translation>
    </message>
    <message>
        <source>Habitat patches of the active candidate: none</source>
        <translation>Участки местообитания активного варианта: нет</translation>
    </message>
    <message>
        <source>Habitat patches of the active candidate: %1, of which %2 too small for one territory (under %3 km²)</source>
        <translation>Участки местообитания активного варианта: %1, из них слишком малы для одного индивидуального участка (менее %3 км²): %2</translation>
    </message>
</context>
<context>
    <name>RasterMapLayer</name>
    <message>
        <source>Pixel %1, %2</source>
        <translation>Пиксель %1, %2</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>Канал %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 x %2 pixels, %3 band(s) of %4</source>
        <translation>%1 × %2 пикселей, каналов: %3, тип %4</translation>
    </message>
    <message>
        <source>Reprojected on the fly to the map CRS</source>
        <translation>Перепроецируется «на лету» в СК карты</translation>
    </message>
</context>
<context>
    <name>RobustnessMapLayer</name>
    <message>
        <source>Robustness</source>
        <translation>Устойчивость</translation>
    </message>
    <message>
        <source>Chosen in %1 of %2 scenarios</source>
        <translation>Выбран в %1 из %2 сценариев</translation>
    </message>
    <message>
        <source>Parcel %1</source>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>In the budget optimum</source>
        <translation>В оптимуме бюджета</translation>
    </message>
    <message>
        <source>Parcels by the share of %1 scenarios whose budget optimum buys them: %2 in every one, %3 in at least one</source>
        <translation>Участки по доле из %1 сценариев, в которых оптимум бюджета их покупает: %2 во всех, %3 хотя бы в одном</translation>
    </message>
</context>
<context>
    <name>SampleRegion</name>
    <message>
        <source>Generating the sample region…</source>
        <translation>Создание примера района…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sample region</source>
        <translation>Пример района</translation>
    </message>
    <message>
        <source>Forest canopy (%)</source>
        <translation>Сомкнутость полога леса (%)</translation>
    </message>
    <message>
        <source>River basins</source>
        <translation>Речные бассейны</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Reserve</source>
        <translation>Заповедник</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>VectorMapLayer</name>
    <message>
        <source>Feature %1</source>
        <translation>Объект %1</translation>
    </message>
    <message numerus="yes">
        <source>Layer &apos;%1&apos;, %n feature(s)</source>
        <translation>
            <numerusform>Слой «%1», %n объект</numerusform>
            <numerusform>Слой «%1», %n объекта</numerusform>
            <numerusform>Слой «%1», %n объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
</context>
<context>
    <name>habitat-cli</name>
    <message>
        <source>Describe a raster or vector file: format, CRS, extent, bands or fields</source>
        <translation>Описать растровый или векторный файл: формат, СК, охват, каналы или поля</translation>
    </message>
    <message>
        <source>Write the bundled sample region (south-west Primorsky Krai) to a folder</source>
        <translation>Записать встроенный пример района (юго-запад Приморского края) в папку</translation>
    </message>
    <message>
        <source>Describe a raster or vector file.</source>
        <translation>Описать растровый или векторный файл.</translation>
    </message>
    <message>
        <source>File GDAL can read</source>
        <translation>Файл, читаемый GDAL</translation>
    </message>
    <message>
        <source>Write the sample region to a folder.</source>
        <translation>Записать пример района в папку.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка для результатов</translation>
    </message>
    <message>
        <source>Random seed (default 1)</source>
        <translation>Начальное значение генератора (по умолчанию 1)</translation>
    </message>
    <message>
        <source>habitat-cli sample: --out DIR is required</source>
        <translation>habitat-cli sample: требуется --out ПАПКА</translation>
    </message>
    <message>
        <source>habitat-cli sample: --seed must be a whole number</source>
        <translation>habitat-cli sample: --seed должно быть целым числом</translation>
    </message>
    <message>
        <source>Usage: habitat-cli &lt;command&gt; [options]</source>
        <translation>Использование: habitat-cli &lt;команда&gt; [параметры]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Run &apos;habitat-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Запустите «habitat-cli &lt;команда&gt; --help», чтобы увидеть параметры команды.</translation>
    </message>
    <message>
        <source>habitat-cli: unknown command &apos;%1&apos;</source>
        <translation>habitat-cli: неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>habitat-cli capacity: warning: %1: %2</source>
        <translation>habitat-cli capacity: предупреждение: %1: %2</translation>
    </message>
    <message>
        <source>How many Amur leopards each parcel can hold (docs/MODEL.md). One row per parcel, evaluated on its own.</source>
        <translation>Сколько дальневосточных леопардов может вместить каждый участок (docs/MODEL.md). Одна строка на участок, оцениваемый отдельно.</translation>
    </message>
    <message>
        <source>Forest canopy cover raster, 0-100 %</source>
        <translation>Растр сомкнутости полога, 0–100 %</translation>
    </message>
    <message>
        <source>River basin polygons: habitat lies only inside them</source>
        <translation>Полигоны речных бассейнов: местообитания только внутри них</translation>
    </message>
    <message>
        <source>Parcel polygons</source>
        <translation>Полигоны участков</translation>
    </message>
    <message>
        <source>Existing reserve polygons: adds a row with id &apos;reserve&apos;</source>
        <translation>Полигоны существующего заповедника: добавляет строку с id «reserve»</translation>
    </message>
    <message>
        <source>Model configuration (JSON); defaults when left out</source>
        <translation>Конфигурация модели (JSON); по умолчанию, если не задана</translation>
    </message>
    <message>
        <source>Parcel field for the id column (default parcel_id, else the feature id)</source>
        <translation>Поле участка для столбца id (по умолчанию parcel_id, иначе id объекта)</translation>
    </message>
    <message>
        <source>Output: .csv, .json, or .gpkg (the parcels with the result columns)</source>
        <translation>Результат: .csv, .json или .gpkg (участки со столбцами результатов)</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core)</source>
        <translation>Рабочие потоки (по умолчанию по одному на ядро)</translation>
    </message>
    <message>
        <source>Report progress on stderr</source>
        <translation>Показывать ход работы в stderr</translation>
    </message>
    <message>
        <source>Project (.hplan): its forest, basins, parcels, reserve and model</source>
        <translation>Проект (.hplan): его лес, бассейны, участки, заповедник и модель</translation>
    </message>
    <message>
        <source>With --project: one row per candidate reserve (id = its name), then the reserve alone</source>
        <translation>С --project: одна строка на каждый вариант заповедника (id = его название), затем только существующий заповедник</translation>
    </message>
    <message>
        <source>With --project: forest version N (0 = the original) or &apos;latest&apos; (default: the active one)</source>
        <translation>С --project: версия леса N (0 = исходная) или «latest» (по умолчанию активная)</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates and --forest-version need --project</source>
        <translation>habitat-cli capacity: для --candidates и --forest-version нужен --project</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --%1 is required</source>
        <translation>habitat-cli capacity: требуется --%1</translation>
    </message>
    <message>
        <source>habitat-cli capacity: %1: the output must end in .csv, .json or .gpkg</source>
        <translation>habitat-cli capacity: %1: файл результата должен оканчиваться на .csv, .json или .gpkg</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --threads must be a whole number from 1</source>
        <translation>habitat-cli capacity: --threads должно быть целым числом от 1</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --forest-version takes a version number or &apos;latest&apos;</source>
        <translation>habitat-cli capacity: --forest-version принимает номер версии или «latest»</translation>
    </message>
    <message>
        <source>habitat-cli capacity: --candidates writes .csv or .json</source>
        <translation>habitat-cli capacity: --candidates записывает .csv или .json</translation>
    </message>
    <message>
        <source>Solve a Marxan problem (input.dat) exactly with CBC: output_best.csv, output_sum.csv, summary.json</source>
        <translation>Точно решить задачу Marxan (input.dat) с помощью CBC: output_best.csv, output_sum.csv, summary.json</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version of a project</source>
        <translation>Импортировать спутниковые снимки как новую версию лесного покрова проекта</translation>
    </message>
    <message>
        <source>How many leopards each parcel can hold: CSV, JSON or GeoPackage with area, habitat, patches and leopards</source>
        <translation>Сколько леопардов может вместить каждый участок: CSV, JSON или GeoPackage с площадью, местообитаниями, фрагментами и леопардами</translation>
    </message>
    <message>
        <source>Write a parcel layer as Marxan input files (input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)</source>
        <translation>Записать слой участков как входные файлы Marxan (input.dat, pu.dat, spec.dat, puvspr.dat, bound.dat)</translation>
    </message>
    <message>
        <source>Parcel polygons (projected CRS)</source>
        <translation>Полигоны участков (проекционная СК)</translation>
    </message>
    <message>
        <source>Parcel id field (default parcel_id)</source>
        <translation>Поле id участка (по умолчанию parcel_id)</translation>
    </message>
    <message>
        <source>Cost field (default price_usd)</source>
        <translation>Поле стоимости (по умолчанию price_usd)</translation>
    </message>
    <message>
        <source>Numeric field to use as a conservation feature (repeatable)</source>
        <translation>Числовое поле как объект охраны (можно повторять)</translation>
    </message>
    <message>
        <source>Target as a proportion of each feature&apos;s total (default 0.3)</source>
        <translation>Цель как доля от общего количества каждого объекта (по умолчанию 0.3)</translation>
    </message>
    <message>
        <source>Boundary length modifier, cost per km (default 0)</source>
        <translation>Модификатор длины границы, стоимость за км (по умолчанию 0)</translation>
    </message>
    <message>
        <source>Parcel ids locked in (status 2)</source>
        <translation>Id участков, обязательно включаемых (статус 2)</translation>
    </message>
    <message>
        <source>Parcel ids locked out (status 3)</source>
        <translation>Id участков, обязательно исключаемых (статус 3)</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --parcels FILE, --feature-field NAME and --out DIR are required</source>
        <translation>habitat-cli marxan-export: требуются --parcels ФАЙЛ, --feature-field ИМЯ и --out ПАПКА</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --target-prop must lie in (0, 1]</source>
        <translation>habitat-cli marxan-export: --target-prop должно лежать в (0, 1]</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-export: --blm должно быть числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: warning: %1</source>
        <translation>habitat-cli marxan-export: предупреждение: %1</translation>
    </message>
    <message>
        <source>%1 planning units, %2 features, %3 boundary rows</source>
        <translation>единиц планирования: %1, объектов: %2, строк границ: %3</translation>
    </message>
    <message>
        <source>Solve a Marxan problem exactly: least cost plus BLM x boundary with every feature&apos;s target met.</source>
        <translation>Точно решить задачу Marxan: минимальная стоимость плюс BLM × граница при выполнении цели для каждого объекта.</translation>
    </message>
    <message>
        <source>Marxan input.dat naming pu.dat, spec.dat, puvspr.dat and bound.dat</source>
        <translation>input.dat Marxan со ссылками на pu.dat, spec.dat, puvspr.dat и bound.dat</translation>
    </message>
    <message>
        <source>Output folder (default: OUTPUTDIR of input.dat)</source>
        <translation>Папка результатов (по умолчанию OUTPUTDIR из input.dat)</translation>
    </message>
    <message>
        <source>Time limit in seconds (default 60)</source>
        <translation>Ограничение времени в секундах (по умолчанию 60)</translation>
    </message>
    <message>
        <source>Stop once proven within this relative gap (default 0.0001 = 0.01 %)</source>
        <translation>Остановиться, когда доказан относительный разрыв не больше этого (по умолчанию 0.0001 = 0,01 %)</translation>
    </message>
    <message>
        <source>Boundary length modifier, overriding BLM of input.dat</source>
        <translation>Модификатор длины границы вместо BLM из input.dat</translation>
    </message>
    <message>
        <source>Solver random seed (default 1)</source>
        <translation>Начальное значение генератора решателя (по умолчанию 1)</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: exactly one input.dat is required</source>
        <translation>habitat-cli marxan-solve: требуется ровно один input.dat</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --time-limit must be a positive number of seconds</source>
        <translation>habitat-cli marxan-solve: --time-limit должно быть положительным числом секунд</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --gap must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --gap должно быть числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --seed must be a whole number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --seed должно быть целым числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: --blm must be a number &gt;= 0</source>
        <translation>habitat-cli marxan-solve: --blm должно быть числом &gt;= 0</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: warning: %1</source>
        <translation>habitat-cli marxan-solve: предупреждение: %1</translation>
    </message>
    <message>
        <source>habitat-cli marxan-solve: %1: no solution found within %2 s (%3)</source>
        <translation>habitat-cli marxan-solve: %1: решение не найдено за %2 с (%3)</translation>
    </message>
    <message>
        <source>score %1  cost %2  boundary %3  units %4 of %5  targets met %6 of %7</source>
        <translation>оценка %1  стоимость %2  граница %3  единиц %4 из %5  целей выполнено %6 из %7</translation>
    </message>
    <message>
        <source>proven gap %1 %  (%2, %3 s, %4 nodes)</source>
        <translation>доказанный разрыв %1 %  (%2, %3 с, узлов: %4)</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after, and the change map</source>
        <translation>Сравнить две версии леса проекта: ёмкость до и после и карта изменений</translation>
    </message>
    <message>
        <source>Rank parcels for acquisition: greedy order by leopards per dollar and the best set within a budget</source>
        <translation>Ранжировать участки для выкупа: жадный порядок по числу леопардов на доллар и лучший набор в пределах бюджета</translation>
    </message>
    <message>
        <source>Import a Marxan solution (output_best, output_ssoln) as a project candidate or a parcel column</source>
        <translation>Импортировать решение Marxan (output_best, output_ssoln) как вариант резервата проекта или как столбец участков</translation>
    </message>
    <message>
        <source>A project&apos;s candidates (and parcels with their capacity) as GeoPackage, Shapefile, GeoJSON, KML or CSV</source>
        <translation>Варианты резерватов проекта (и участки с их ёмкостью) в формате GeoPackage, Shapefile, GeoJSON, KML или CSV</translation>
    </message>
    <message>
        <source>A project&apos;s map as a printed page in the reader&apos;s language: PDF, SVG or PNG</source>
        <translation>Карта проекта в виде печатной страницы на языке читателя: PDF, SVG или PNG</translation>
    </message>
    <message>
        <source>A project&apos;s map as one printed page: title, map, legend, scale bars, north arrow, graticule, locator, the candidates&apos; figures; PDF, SVG or PNG.</source>
        <translation>Карта проекта на одной печатной странице: заголовок, карта, условные обозначения, масштабные линейки, стрелка севера, картографическая сетка, обзорная карта, показатели вариантов; PDF, SVG или PNG.</translation>
    </message>
    <message>
        <source>Project (.hplan)</source>
        <translation>Проект (.hplan)</translation>
    </message>
    <message>
        <source>Fit the map to this candidate (default: the project&apos;s view)</source>
        <translation>Вписать карту по этому варианту (по умолчанию: вид проекта)</translation>
    </message>
    <message>
        <source>Output: .pdf, .svg or .png (the page), or .tif (the map alone, georeferenced)</source>
        <translation>Результат: .pdf, .svg или .png (страница) либо .tif (только карта, с географической привязкой)</translation>
    </message>
    <message>
        <source>Language of the page: en, ru, zh_CN, ko, en+ru, en+zh_CN or en+ko</source>
        <translation>Язык страницы: en, ru, zh_CN, ko, en+ru, en+zh_CN или en+ko</translation>
    </message>
    <message>
        <source>Paper: A4, A3 or Letter (default A4)</source>
        <translation>Бумага: A4, A3 или Letter (по умолчанию A4)</translation>
    </message>
    <message>
        <source>Landscape instead of portrait</source>
        <translation>Альбомная ориентация вместо книжной</translation>
    </message>
    <message>
        <source>Pixels per inch of a PNG, and of rasters inside a PDF or SVG (default 150)</source>
        <translation>Пикселей на дюйм для PNG и для растров внутри PDF или SVG (по умолчанию 150)</translation>
    </message>
    <message>
        <source>Title of the page (default: a title in the page&apos;s language)</source>
        <translation>Заголовок страницы (по умолчанию: заголовок на языке страницы)</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --%1 is required</source>
        <translation>habitat-cli export-map: требуется --%1</translation>
    </message>
    <message>
        <source>habitat-cli export-map: %1: the output must end in .pdf, .svg, .png or .tif</source>
        <translation>habitat-cli export-map: %1: файл результата должен оканчиваться на .pdf, .svg, .png или .tif</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --lang must be one of %1</source>
        <translation>habitat-cli export-map: --lang должно быть одним из: %1</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --page must be A4, A3 or Letter</source>
        <translation>habitat-cli export-map: --page должно быть A4, A3 или Letter</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --dpi must be a whole number from 30 to 1200</source>
        <translation>habitat-cli export-map: --dpi должно быть целым числом от 30 до 1200</translation>
    </message>
    <message>
        <source>habitat-cli export-map: the project has no candidate &apos;%1&apos; (it has: %2)</source>
        <translation>habitat-cli export-map: в проекте нет варианта «%1» (есть: %2)</translation>
    </message>
    <message>
        <source>habitat-cli export-map: warning: %1: file not found</source>
        <translation>habitat-cli export-map: предупреждение: %1: файл не найден</translation>
    </message>
    <message>
        <source>habitat-cli export-map: warning: %1</source>
        <translation>habitat-cli export-map: предупреждение: %1</translation>
    </message>
    <message>
        <source>Project file (.hplan) to add a candidate to</source>
        <translation>Файл проекта (.hplan), в который добавляется вариант</translation>
    </message>
    <message>
        <source>Marxan solution: output_best.csv, output_rNNNNN.csv or output_ssoln.csv</source>
        <translation>Решение Marxan: output_best.csv, output_rNNNNN.csv или output_ssoln.csv</translation>
    </message>
    <message>
        <source>Name of the new candidate (default: Marxan and the file name)</source>
        <translation>Название нового варианта (по умолчанию: Marxan и имя файла)</translation>
    </message>
    <message>
        <source>Parcel layer to copy with the solution as a column</source>
        <translation>Слой участков, копируемый вместе с решением в виде столбца</translation>
    </message>
    <message>
        <source>Name of the new integer column (default marxan)</source>
        <translation>Имя нового целочисленного столбца (по умолчанию marxan)</translation>
    </message>
    <message>
        <source>Output vector file for --parcels</source>
        <translation>Выходной векторный файл для --parcels</translation>
    </message>
    <message>
        <source>--solution FILE is required</source>
        <translation>требуется --solution ФАЙЛ</translation>
    </message>
    <message>
        <source>give either --project P or --parcels FILE --out FILE</source>
        <translation>укажите либо --project P, либо --parcels ФАЙЛ --out ФАЙЛ</translation>
    </message>
    <message>
        <source>--candidate needs a name</source>
        <translation>для --candidate нужно название</translation>
    </message>
    <message>
        <source>--parcels needs --out FILE</source>
        <translation>для --parcels нужен --out ФАЙЛ</translation>
    </message>
    <message>
        <source>--field needs a name</source>
        <translation>для --field нужно имя</translation>
    </message>
    <message>
        <source>Rank parcels for acquisition: a greedy order by leopards gained per dollar, and the set that holds the most leopards within a budget (docs/RANKING.md).</source>
        <translation>Ранжировать участки для выкупа: жадный порядок по приросту числа леопардов на доллар и набор, вмещающий больше всего леопардов в пределах бюджета (docs/RANKING.md).</translation>
    </message>
    <message>
        <source>Parcel polygons with an id and a price</source>
        <translation>Полигоны участков с id и ценой</translation>
    </message>
    <message>
        <source>Existing reserve polygons: always in, parcels next to it join its patches</source>
        <translation>Полигоны существующего резервата: всегда включены, соседние участки присоединяются к его участкам местообитания</translation>
    </message>
    <message>
        <source>Parcel id field (default parcel_id, else the feature id)</source>
        <translation>Поле id участка (по умолчанию parcel_id, иначе id объекта)</translation>
    </message>
    <message>
        <source>Parcel price field in USD (default price_usd)</source>
        <translation>Поле цены участка в USD (по умолчанию price_usd)</translation>
    </message>
    <message>
        <source>Money available, USD</source>
        <translation>Доступные средства, USD</translation>
    </message>
    <message>
        <source>Compactness: leopards given up per km of the selection&apos;s boundary (default 0)</source>
        <translation>Компактность: число леопардов, которым можно пожертвовать на км границы выбранных участков (по умолчанию 0)</translation>
    </message>
    <message>
        <source>Parcel ids always bought</source>
        <translation>Id участков, покупаемых всегда</translation>
    </message>
    <message>
        <source>Parcel ids never bought</source>
        <translation>Id участков, не покупаемых никогда</translation>
    </message>
    <message>
        <source>Seconds for the budget optimum&apos;s search (default 60)</source>
        <translation>Секунды на поиск оптимума при бюджете (по умолчанию 60)</translation>
    </message>
    <message>
        <source>Seed of the solver (default 1)</source>
        <translation>Начальное значение генератора решателя (по умолчанию 1)</translation>
    </message>
    <message>
        <source>The acquisition order, CSV</source>
        <translation>Порядок выкупа, CSV</translation>
    </message>
    <message>
        <source>The budget optimum&apos;s summary, JSON</source>
        <translation>Сводка оптимума при бюджете, JSON</translation>
    </message>
    <message>
        <source>--%1 and --project exclude each other</source>
        <translation>--%1 и --project взаимоисключающие</translation>
    </message>
    <message>
        <source>--forest-version needs --project</source>
        <translation>для --forest-version нужен --project</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>требуется --%1</translation>
    </message>
    <message>
        <source>--budget takes an amount in USD, 0 or more</source>
        <translation>--budget принимает сумму в USD, 0 или больше</translation>
    </message>
    <message>
        <source>--blm takes a number, 0 or more</source>
        <translation>--blm принимает число, 0 или больше</translation>
    </message>
    <message>
        <source>--time-limit takes a number of seconds above 0</source>
        <translation>--time-limit принимает число секунд больше 0</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed принимает целое число</translation>
    </message>
    <message>
        <source>--forest-version takes a version number or &apos;latest&apos;</source>
        <translation>--forest-version принимает номер версии или «latest»</translation>
    </message>
    <message>
        <source>habitat-cli rank: warning: %1</source>
        <translation>habitat-cli rank: предупреждение: %1</translation>
    </message>
    <message>
        <source>selected %1 of %2 parcels for %3 USD (budget %4): %5 leopards (%6 fractional), %7 with the reserve alone</source>
        <translation>выбрано %1 из %2 участков за %3 USD (бюджет %4): леопардов %5 (дробно %6), только существующий резерват: %7</translation>
    </message>
    <message>
        <source>area %1 km², boundary %2 km</source>
        <translation>площадь %1 км², граница %2 км</translation>
    </message>
    <message>
        <source>proven optimal (no selection within the budget holds more than %1 leopards)</source>
        <translation>доказана оптимальность (ни один набор в пределах бюджета не вмещает больше %1 леопардов)</translation>
    </message>
    <message>
        <source>proven gap %1 %: no selection within the budget holds more than %2 leopards</source>
        <translation>доказанный разрыв %1 %: ни один набор в пределах бюджета не вмещает больше %2 леопардов</translation>
    </message>
    <message>
        <source>Write a parcel layer as a Marxan problem: one planning unit per parcel, one feature per numeric field, boundaries from shared parcel edges (km). Planning units are numbered (the parcel ids when all are whole numbers); input/parcel_ids.csv says which parcel each number is.</source>
        <translation>Записать слой участков как задачу Marxan: одна единица планирования на участок, один признак на числовое поле, границы по общим рёбрам участков (км). Единицы планирования нумеруются (id участков, если все они целые числа); input/parcel_ids.csv говорит, какой участок под каким номером.</translation>
    </message>
    <message>
        <source>habitat-cli marxan-export: --lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)</source>
        <translation>habitat-cli marxan-export: --lock-in и --lock-out принимают id участков через запятую (id, содержащий запятую, — в двойных кавычках)</translation>
    </message>
    <message>
        <source>Import a Marxan solution (output_best, output_ssoln) as a project candidate or as a parcel column. Planning units are named by the parcel_ids.csv marxan-export writes (found beside the solution or in ../input), else their numbers are the parcel ids.</source>
        <translation>Импортировать решение Marxan (output_best, output_ssoln) как вариант резервата проекта или как столбец слоя участков. Единицы планирования называются по parcel_ids.csv, который пишет marxan-export (рядом с решением или в ../input), иначе их номера — это id участков.</translation>
    </message>
    <message>
        <source>Table of planning units and parcel ids (puid,parcel_id; default: the parcel_ids.csv marxan-export wrote)</source>
        <translation>Таблица единиц планирования и id участков (puid,parcel_id; по умолчанию — parcel_ids.csv, записанный marxan-export)</translation>
    </message>
    <message>
        <source>--lock-in and --lock-out take parcel ids separated by commas (an id holding a comma in double quotes)</source>
        <translation>--lock-in и --lock-out принимают id участков через запятую (id, содержащий запятую, — в двойных кавычках)</translation>
    </message>
    <message>
        <source>Open a project even if it names files outside its folder or on the network</source>
        <translation>Открыть проект, даже если он ссылается на файлы вне своей папки или в сети</translation>
    </message>
    <message>
        <source>Publish a .hplan to a team database (PostgreSQL/PostGIS), or copy a project back to a .hplan</source>
        <translation>Опубликовать .hplan в общей базе данных команды (PostgreSQL/PostGIS) или скопировать проект обратно в .hplan</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n вариант</numerusform>
            <numerusform>%n варианта</numerusform>
            <numerusform>%n вариантов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the output is an input file; choose another output path</source>
        <translation>%1: выходной файл является одним из входных; выберите другой путь для результата</translation>
    </message>
    <message>
        <source>Least-cost corridors from the reserve to each candidate and between candidates: cost, length, width, path</source>
        <translation>Коридоры наименьшей стоимости от заповедника к каждому кандидату и между кандидатами: стоимость, длина, ширина, путь</translation>
    </message>
    <message>
        <source>Also rank under other model assumptions and count, per parcel, in how many it is bought: &apos;default&apos; (the built-in grid: territory 16, 40, 80, 120 sq mi, habitat threshold ±10) or a JSON list of model overrides</source>
        <translation>Ранжировать также при других допущениях модели и посчитать для каждого участка, в скольких из них он покупается: &apos;default&apos; (встроенная сетка: территория 16, 40, 80, 120 кв. миль, порог местообитания ±10) или JSON-список изменений модели</translation>
    </message>
    <message>
        <source>--scenarios takes &apos;default&apos; or a JSON file</source>
        <translation>--scenarios принимает &apos;default&apos; или JSON-файл</translation>
    </message>
    <message>
        <source>scenario %1: %2 leopards, %3 parcels for %4 USD</source>
        <translation>сценарий %1: %2 леопардов, %3 участков за %4 USD</translation>
    </message>
    <message>
        <source>%1 scenarios: %2 parcels bought in every one, %3 in at least one</source>
        <translation>%1 сценариев: %2 участков покупаются в каждом, %3 хотя бы в одном</translation>
    </message>
    <message>
        <source>Draw each candidate&apos;s least-cost corridor to the reserve, with a legend line and the corridor&apos;s cost, length and width in the table (as habitat-cli corridors computes them, a few seconds)</source>
        <translation>Нарисовать коридор наименьшей стоимости от каждого кандидата до заповедника, со строкой легенды и стоимостью, длиной и шириной коридора в таблице (как их вычисляет habitat-cli corridors, несколько секунд)</translation>
    </message>
    <message>
        <source>Also map how robust the ranking is: parcels coloured by in how many scenarios the budget optimum buys them (&apos;default&apos;: the built-in grid, or a JSON list of model overrides, as rank --scenarios); needs --budget</source>
        <translation>Показать на карте устойчивость ранжирования: участки окрашены по числу сценариев, в которых их покупает оптимум бюджета («default» — встроенная сетка, или JSON-список переопределений модели, как в rank --scenarios); нужен --budget</translation>
    </message>
    <message>
        <source>With --robustness: the ranking&apos;s budget, USD</source>
        <translation>С --robustness: бюджет ранжирования, USD</translation>
    </message>
    <message>
        <source>With --robustness: seconds for each budget optimum&apos;s search (default 60)</source>
        <translation>С --robustness: секунды на поиск каждого оптимума бюджета (по умолчанию 60)</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --robustness takes &apos;default&apos; or a JSON file</source>
        <translation>habitat-cli export-map: --robustness принимает «default» или файл JSON</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --robustness needs --budget, an amount in USD, 0 or more</source>
        <translation>habitat-cli export-map: для --robustness нужен --budget — сумма в USD, 0 или больше</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --time-limit takes a number of seconds above 0</source>
        <translation>habitat-cli export-map: --time-limit принимает число секунд больше 0</translation>
    </message>
    <message>
        <source>habitat-cli export-map: --budget and --time-limit need --robustness</source>
        <translation>habitat-cli export-map: для --budget и --time-limit нужен --robustness</translation>
    </message>
    <message>
        <source>Value of connecting: parcels whose least-cost distance from the existing reserve is above KM (km through full forest, as habitat-cli corridors) add no leopards</source>
        <translation>Ценность связности: участки, чьё расстояние наименьшей стоимости от существующего заповедника больше KM (км через сплошной лес, как в habitat-cli corridors), не добавляют леопардов</translation>
    </message>
    <message>
        <source>With --reach-km: the corridor grid cell in metres (default %1)</source>
        <translation>С --reach-km: ячейка сетки коридоров в метрах (по умолчанию %1)</translation>
    </message>
    <message>
        <source>With --reach-km: road lines, each cell they touch costs %1 more</source>
        <translation>С --reach-km: линии дорог, каждая ячейка, которой они касаются, стоит на %1 больше</translation>
    </message>
    <message>
        <source>With --reach-km: settlement polygons, cells they touch have resistance %1</source>
        <translation>С --reach-km: полигоны населённых пунктов, ячейки, которых они касаются, имеют сопротивление %1</translation>
    </message>
    <message>
        <source>--reach-km takes a number of km, 0 or more</source>
        <translation>--reach-km принимает число км, 0 или больше</translation>
    </message>
    <message>
        <source>--corridor-cell must be a positive number of metres</source>
        <translation>--corridor-cell должен быть положительным числом метров</translation>
    </message>
    <message>
        <source>--%1 needs --reach-km</source>
        <translation>для --%1 нужен --reach-km</translation>
    </message>
    <message>
        <source>%1 parcels beyond reach (farther than %2 km of least cost from the reserve) add no leopards</source>
        <translation>%1 участков вне досягаемости (дальше %2 км наименьшей стоимости от заповедника) не добавляют леопардов</translation>
    </message>
    <message>
        <source>%1 s: atoms %2 s, shared boundaries %3 s, greedy order %4 s, budget optimum %5 s%6</source>
        <translation>%1 с: атомы %2 с, общие границы %3 с, жадный порядок %4 с, оптимум бюджета %5 с%6</translation>
    </message>
    <message>
        <source> (stopped by the time limit)</source>
        <translation> (остановлено по лимиту времени)</translation>
    </message>
</context>
<context>
    <name>habitat-planner</name>
    <message>
        <source>Plan Amur leopard reserves on a map.</source>
        <translation>Планирование заповедников для дальневосточного леопарда на карте.</translation>
    </message>
    <message>
        <source>User interface language: ru, zh_CN, ko or en.</source>
        <translation>Язык интерфейса: ru, zh_CN, ko или en.</translation>
    </message>
    <message>
        <source>A project (.hplan) to open, or raster and vector files to open as layers.</source>
        <translation>Проект (.hplan) для открытия или растровые и векторные файлы для открытия в виде слоёв.</translation>
    </message>
</context>
<context>
    <name>hp::cli</name>
    <message>
        <source>Import new imagery as a dated forest-cover version of a project.</source>
        <translation>Импортировать новые снимки как датированную версию лесного покрова проекта.</translation>
    </message>
    <message>
        <source>Project file (.hplan)</source>
        <translation>Файл проекта (.hplan)</translation>
    </message>
    <message>
        <source>Input raster; repeat for several tiles</source>
        <translation>Входной растр; повторите для нескольких фрагментов</translation>
    </message>
    <message>
        <source>canopy, ndvi, classes or loss</source>
        <translation>canopy, ndvi, classes или loss</translation>
    </message>
    <message>
        <source>Band holding canopy %, classes or loss years (default 1)</source>
        <translation>Канал с сомкнутостью %, классами или годами потерь (по умолчанию 1)</translation>
    </message>
    <message>
        <source>Red band for NDVI (Sentinel-2: B4, Landsat 8/9: B4)</source>
        <translation>Красный канал для NDVI (Sentinel-2: B4, Landsat 8/9: B4)</translation>
    </message>
    <message>
        <source>Near-infrared band for NDVI (Sentinel-2: B8, Landsat 8/9: B5)</source>
        <translation>Ближний ИК-канал для NDVI (Sentinel-2: B8, Landsat 8/9: B5)</translation>
    </message>
    <message>
        <source>CSV table class,canopy_pct; &apos;worldcover&apos; for ESA WorldCover</source>
        <translation>Таблица CSV класс,сомкнутость_%; «worldcover» для ESA WorldCover</translation>
    </message>
    <message>
        <source>Apply forest loss from this year on</source>
        <translation>Учитывать потерю леса начиная с этого года</translation>
    </message>
    <message>
        <source>Date of the imagery, YYYY-MM-DD</source>
        <translation>Дата съёмки, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>--project P is required</source>
        <translation>требуется --project P</translation>
    </message>
    <message>
        <source>--file F is required</source>
        <translation>требуется --file F</translation>
    </message>
    <message>
        <source>--band must be a band number from 1</source>
        <translation>--band должно быть номером канала от 1</translation>
    </message>
    <message>
        <source>--method ndvi needs --red-band N and --nir-band N</source>
        <translation>для --method ndvi нужны --red-band N и --nir-band N</translation>
    </message>
    <message>
        <source>--method classes needs --classes TABLE.csv</source>
        <translation>для --method classes нужен --classes ТАБЛИЦА.csv</translation>
    </message>
    <message>
        <source>--method loss needs --loss-from YEAR</source>
        <translation>для --method loss нужен --loss-from ГОД</translation>
    </message>
    <message>
        <source>unknown --method &apos;%1&apos; (canopy, ndvi, classes or loss)</source>
        <translation>неизвестный --method «%1» (canopy, ndvi, classes или loss)</translation>
    </message>
    <message>
        <source>Compare two forest versions of a project: capacity before and after per parcel, candidate and reserve, and optionally the change map.</source>
        <translation>Сравнить две версии леса проекта: ёмкость до и после для каждого участка, варианта и резервата и, по желанию, карта изменений.</translation>
    </message>
    <message>
        <source>Forest version before (default 0, the original layer)</source>
        <translation>Версия леса «до» (по умолчанию 0 — исходный слой)</translation>
    </message>
    <message>
        <source>Forest version after: a number or &apos;latest&apos; (default)</source>
        <translation>Версия леса «после»: номер или &apos;latest&apos; (по умолчанию)</translation>
    </message>
    <message>
        <source>CSV table of capacity before and after</source>
        <translation>Таблица CSV ёмкости до и после</translation>
    </message>
    <message>
        <source>Also write the change map (GeoTIFF: 1 loss, 2 gain)</source>
        <translation>Также записать карту изменений (GeoTIFF: 1 потеря, 2 прирост)</translation>
    </message>
    <message>
        <source>Canopy change in points that counts as loss or gain (default 10)</source>
        <translation>Изменение сомкнутости в пунктах, считающееся потерей или приростом (по умолчанию 10)</translation>
    </message>
    <message>
        <source>--out OUT.csv or --map CHANGE.tif is required</source>
        <translation>требуется --out OUT.csv или --map CHANGE.tif</translation>
    </message>
    <message>
        <source>--from must be a forest version from 0 to %1</source>
        <translation>--from должен быть версией леса от 0 до %1</translation>
    </message>
    <message>
        <source>--to must be a forest version from 0 to %1 or &apos;latest&apos;</source>
        <translation>--to должен быть версией леса от 0 до %1 или &apos;latest&apos;</translation>
    </message>
    <message>
        <source>--threshold must be a number of points from 0 to 100</source>
        <translation>--threshold должен быть числом пунктов от 0 до 100</translation>
    </message>
    <message>
        <source>Write a project&apos;s candidate reserves (and parcels with their capacity) for other GIS: the extension of --out picks GeoPackage (.gpkg), Shapefile (.shp), GeoJSON (.geojson), KML (.kml, WGS 84) or CSV (.csv).</source>
        <translation>Записать варианты резерватов проекта (и участки с их ёмкостью) для других ГИС: расширение --out определяет формат — GeoPackage (.gpkg), Shapefile (.shp), GeoJSON (.geojson), KML (.kml, WGS 84) или CSV (.csv).</translation>
    </message>
    <message>
        <source>Only this candidate (and with parcels, only its parcels)</source>
        <translation>Только этот вариант (а для участков — только его участки)</translation>
    </message>
    <message>
        <source>Output file: .gpkg, .shp, .geojson, .kml or .csv</source>
        <translation>Выходной файл: .gpkg, .shp, .geojson, .kml или .csv</translation>
    </message>
    <message>
        <source>candidates (default), parcels, or both. Shapefile, GeoJSON and CSV hold one layer: both writes FILE_candidates and FILE_parcels</source>
        <translation>candidates (по умолчанию), parcels или both. Shapefile, GeoJSON и CSV содержат один слой: both записывает ФАЙЛ_candidates и ФАЙЛ_parcels</translation>
    </message>
    <message>
        <source>Report progress on stderr</source>
        <translation>Показывать ход работы в stderr</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>требуется --out ФАЙЛ</translation>
    </message>
    <message>
        <source>--what takes candidates, parcels or both</source>
        <translation>--what принимает candidates, parcels или both</translation>
    </message>
    <message>
        <source>--ranked adds columns to the parcels: use --what parcels or both</source>
        <translation>--ranked добавляет столбцы к участкам: используйте --what parcels или both</translation>
    </message>
    <message>
        <source>%1: the output must end in .gpkg, .shp, .geojson, .kml or .csv</source>
        <translation>%1: файл результата должен оканчиваться на .gpkg, .shp, .geojson, .kml или .csv</translation>
    </message>
    <message>
        <source>the project has no candidate named &apos;%1&apos;</source>
        <translation>в проекте нет варианта с названием «%1»</translation>
    </message>
    <message>
        <source>Copy a project between a .hplan file and a PostgreSQL/PostGIS database (postgresql://... or pg:service=...; name the project with project=NAME). A database project is created by the copy; an existing one is never overwritten.</source>
        <translation>Копирует проект между файлом .hplan и базой данных PostgreSQL/PostGIS (postgresql://... или pg:service=...; имя проекта задаётся как project=NAME). Проект в базе данных создаётся при копировании; существующий никогда не перезаписывается.</translation>
    </message>
    <message>
        <source>The project to copy: a .hplan or a database location</source>
        <translation>Копируемый проект: файл .hplan или адрес в базе данных</translation>
    </message>
    <message>
        <source>Where the copy goes: a .hplan or a database location</source>
        <translation>Куда записать копию: файл .hplan или адрес в базе данных</translation>
    </message>
    <message>
        <source>Store the layers inside the copy (a .hplan that travels alone)</source>
        <translation>Сохранить слои внутри копии (самодостаточный .hplan)</translation>
    </message>
    <message>
        <source>--from P and --to P are required</source>
        <translation>требуются --from P и --to P</translation>
    </message>
    <message>
        <source>Least-cost corridors from the existing reserve to each candidate, and between candidates: cost, length, width and the path, over a resistance surface from forest cover (docs/MODEL.md, Corridors).</source>
        <translation>Коридоры наименьшей стоимости от существующего заповедника к каждому кандидату и между кандидатами: стоимость, длина, ширина и путь по поверхности сопротивления из лесного покрова (docs/MODEL.md, Corridors).</translation>
    </message>
    <message>
        <source>Project file (.hplan) or database project</source>
        <translation>Файл проекта (.hplan) или проект в базе данных</translation>
    </message>
    <message>
        <source>Forest version: a number or &apos;latest&apos; (default: the active one)</source>
        <translation>Версия леса: номер или &apos;latest&apos; (по умолчанию активная)</translation>
    </message>
    <message>
        <source>Corridor grid cell in metres, a whole number of forest pixels (default %1)</source>
        <translation>Ячейка сетки коридоров в метрах, целое число пикселей леса (по умолчанию %1)</translation>
    </message>
    <message>
        <source>Corridor: cells through which a path costs at most this much more than the least, km (default 1)</source>
        <translation>Коридор: ячейки, путь через которые дороже наименьшего не более чем на эту величину, км (по умолчанию 1)</translation>
    </message>
    <message>
        <source>Road lines: each cell they touch costs %1 more</source>
        <translation>Линии дорог: каждая задетая ими ячейка дороже на %1</translation>
    </message>
    <message>
        <source>Settlement polygons: cells they touch have resistance %1</source>
        <translation>Полигоны поселений: задетые ими ячейки имеют сопротивление %1</translation>
    </message>
    <message>
        <source>Only the reserve to each candidate, not between candidates</source>
        <translation>Только от заповедника к каждому кандидату, без пар кандидатов</translation>
    </message>
    <message>
        <source>Corridors with their paths: .gpkg, .geojson or .csv</source>
        <translation>Коридоры с путями: .gpkg, .geojson или .csv</translation>
    </message>
    <message>
        <source>--out OUT is required</source>
        <translation>нужен --out OUT</translation>
    </message>
    <message>
        <source>%1: the output must end in .gpkg, .geojson or .csv</source>
        <translation>%1: выходной файл должен оканчиваться на .gpkg, .geojson или .csv</translation>
    </message>
    <message>
        <source>--cell must be a positive number of metres</source>
        <translation>--cell должно быть положительным числом метров</translation>
    </message>
    <message>
        <source>--slack must be a number of km from 0</source>
        <translation>--slack должно быть числом км от 0</translation>
    </message>
    <message>
        <source>--forest-version takes a version number or &apos;latest&apos;</source>
        <translation>--forest-version принимает номер версии или &apos;latest&apos;</translation>
    </message>
    <message>
        <source>Add the parcels&apos; acquisition order (rank, gain_leopards, gain_fractional, leopards_per_musd; as habitat-cli rank computes it) and each parcel beside the reserve (leopards_with_reserve, added_leopards, added_leopards_min, added_leopards_max, added_per_musd) to the parcels layer</source>
        <translation>Добавить в слой участков порядок покупки (rank, gain_leopards, gain_fractional, leopards_per_musd; как его вычисляет habitat-cli rank) и каждый участок рядом с заповедником (leopards_with_reserve, added_leopards, added_leopards_min, added_leopards_max, added_per_musd)</translation>
    </message>
    <message>
        <source>Add each candidate&apos;s least-cost corridor to the reserve (corridor_reachable, corridor_cost_km, corridor_length_km, corridor_width_km; as habitat-cli corridors computes it, a few seconds) to the candidates layer</source>
        <translation>Добавить в слой кандидатов коридор наименьшей стоимости от каждого кандидата до заповедника (corridor_reachable, corridor_cost_km, corridor_length_km, corridor_width_km; как его вычисляет habitat-cli corridors, несколько секунд)</translation>
    </message>
    <message>
        <source>--corridors adds columns to the candidates: use --what candidates or both</source>
        <translation>--corridors добавляет столбцы к кандидатам: используйте --what candidates или both</translation>
    </message>
</context>
<context>
    <name>hp::gui::AttributeTableModel</name>
    <message>
        <source>In active candidate</source>
        <translation>В активном варианте</translation>
    </message>
</context>
<context>
    <name>hp::gui::AttributeTablePanel</name>
    <message>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
</context>
<context>
    <name>hp::gui::CandidateFiguresPanel</name>
    <message>
        <source>Candidate:</source>
        <translation>Вариант:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Площадь:</translation>
    </message>
    <message>
        <source>Habitat:</source>
        <translation>Местообитания:</translation>
    </message>
    <message>
        <source>Habitat patches:</source>
        <translation>Участки местообитания:</translation>
    </message>
    <message>
        <source>Leopards:</source>
        <translation>Леопарды:</translation>
    </message>
    <message>
        <source>Leopard-equivalents:</source>
        <translation>Эквиваленты леопарда:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Стоимость:</translation>
    </message>
    <message>
        <source>%1 km² (%2 sq mi)</source>
        <translation>%1 км² (%2 кв. миль)</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 км²</translation>
    </message>
    <message>
        <source>%1 (range %2–%3)</source>
        <extracomment>%1 whole leopards; %2–%3 the range from 120 sq mi to 16 sq mi territories</extracomment>
        <translation>%1 (диапазон %2–%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 USD (%n parcel(s))</source>
        <extracomment>%1 the cost in US dollars, %2 the number of parcels bought</extracomment>
        <translation>
            <numerusform>%1 USD (%n участок)</numerusform>
            <numerusform>%1 USD (%n участка)</numerusform>
            <numerusform>%1 USD (%n участков)</numerusform>
        </translation>
    </message>
    <message>
        <source>With the reserve:</source>
        <translation>Вместе с заповедником:</translation>
    </message>
    <message>
        <source>Added to the reserve:</source>
        <translation>Прибавка к заповеднику:</translation>
    </message>
    <message>
        <source>%1 leopards (range %2–%3)</source>
        <extracomment>%1 whole leopards of the candidate and the existing reserve together; %2–%3 the range</extracomment>
        <translation>%1 леопардов (диапазон %2–%3)</translation>
    </message>
    <message>
        <source>%1 leopards (range %2 to %3), %4 km² new land</source>
        <extracomment>%1 leopards the purchase adds to the reserve (signed), %2–%3 its range, %4 new land in km²</extracomment>
        <translation>%1 леопардов (диапазон от %2 до %3), %4 км² новой земли</translation>
    </message>
    <message>
        <source>; %1 per million USD</source>
        <extracomment>%1 leopards added per million US dollars spent</extracomment>
        <translation>; %1 на миллион USD</translation>
    </message>
    <message>
        <source>no reserve layer</source>
        <translation>нет слоя заповедника</translation>
    </message>
    <message>
        <source>Corridor to the reserve:</source>
        <translation>Коридор до заповедника:</translation>
    </message>
    <message>
        <source>not computed (Analysis ▸ Compute Corridors)</source>
        <translation>не вычислен (Анализ ▸ Вычислить коридоры)</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недостижим</translation>
    </message>
    <message>
        <source>touches the reserve</source>
        <translation>примыкает к заповеднику</translation>
    </message>
    <message>
        <source>cost %1 km, length %2 km, mean width %3 km</source>
        <extracomment>%1 least cost (km through full forest), %2 path length, %3 mean corridor width, all in km</extracomment>
        <translation>стоимость %1 км, длина %2 км, средняя ширина %3 км</translation>
    </message>
</context>
<context>
    <name>hp::gui::CandidatesPanel</name>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>New empty candidate reserve</source>
        <translation>Новый пустой вариант резервата</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <source>Copy the selected candidate</source>
        <translation>Копировать выбранный вариант</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected candidate</source>
        <translation>Удалить выбранный вариант</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Цвет…</translation>
    </message>
    <message>
        <source>Change the selected candidate&apos;s colour</source>
        <translation>Изменить цвет выбранного варианта</translation>
    </message>
    <message>
        <source>Candidate colour</source>
        <translation>Цвет варианта</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Вариант</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s), %1 drawn polygon(s)</source>
        <translation>
            <numerusform>%n участок, нарисованных полигонов: %1</numerusform>
            <numerusform>%n участка, нарисованных полигонов: %1</numerusform>
            <numerusform>%n участков, нарисованных полигонов: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangeModel</name>
    <message>
        <source>Parcel</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Existing reserve</source>
        <translation>Существующий резерват</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Id / name</source>
        <translation>Номер / название</translation>
    </message>
    <message>
        <source>Leopards before</source>
        <translation>Леопарды до</translation>
    </message>
    <message>
        <source>Leopards after</source>
        <translation>Леопарды после</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Fractional before</source>
        <translation>Дробное до</translation>
    </message>
    <message>
        <source>Fractional after</source>
        <translation>Дробное после</translation>
    </message>
    <message>
        <source>Habitat km² before</source>
        <translation>Местообитания, км², до</translation>
    </message>
    <message>
        <source>Habitat km² after</source>
        <translation>Местообитания, км², после</translation>
    </message>
</context>
<context>
    <name>hp::gui::CapacityChangePanel</name>
    <message>
        <source>Export Capacity Change</source>
        <translation>Экспорт изменения ёмкости</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Таблица CSV (*.csv)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Все строки</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Candidates and reserve</source>
        <translation>Варианты и резерват</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>Только изменившиеся</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>После:</translation>
    </message>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Сравнение не удалось: %1</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Сравнение отменено.</translation>
    </message>
    <message>
        <source>0 (original)</source>
        <translation>0 (исходная)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Computing capacity under versions %1 and %2…</source>
        <translation>Расчёт ёмкости для версий %1 и %2…</translation>
    </message>
    <message numerus="yes">
        <source>Parcels hold %1 leopards before and %2 after; %n parcel(s) changed.</source>
        <translation>
            <numerusform>Участки вмещают %1 леопардов до и %2 после; изменился %n участок.</numerusform>
            <numerusform>Участки вмещают %1 леопардов до и %2 после; изменились %n участка.</numerusform>
            <numerusform>Участки вмещают %1 леопардов до и %2 после; изменилось %n участков.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::CompareCandidatesModel</name>
    <message>
        <source>Existing reserve alone</source>
        <translation>Только существующий резерват</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Area, km²</source>
        <translation>Площадь, км²</translation>
    </message>
    <message>
        <source>Area, sq mi</source>
        <translation>Площадь, кв. миль</translation>
    </message>
    <message>
        <source>Habitat, km²</source>
        <translation>Местообитания, км²</translation>
    </message>
    <message>
        <source>Patches</source>
        <translation>Участки местообитания</translation>
    </message>
    <message>
        <source>Leopards</source>
        <translation>Леопарды</translation>
    </message>
    <message>
        <source>Range (120–16 sq mi)</source>
        <translation>Диапазон (120–16 кв. миль)</translation>
    </message>
    <message>
        <source>Leopard-equivalents</source>
        <translation>Эквиваленты леопарда</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>With reserve</source>
        <translation>С заповедником</translation>
    </message>
    <message>
        <source>Added to reserve</source>
        <translation>Прибавка к заповеднику</translation>
    </message>
    <message>
        <source>Added range</source>
        <translation>Диапазон прибавки</translation>
    </message>
    <message>
        <source>Added per million USD</source>
        <translation>Прибавка на миллион USD</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недостижим</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>примыкает</translation>
    </message>
    <message>
        <source>Corridor cost, km</source>
        <translation>Стоимость коридора, км</translation>
    </message>
    <message>
        <source>Corridor length, km</source>
        <translation>Длина коридора, км</translation>
    </message>
    <message>
        <source>Corridor width, km</source>
        <translation>Ширина коридора, км</translation>
    </message>
</context>
<context>
    <name>hp::gui::CompareCandidatesPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Расчёт…</translation>
    </message>
</context>
<context>
    <name>hp::gui::DatabaseConnectionDialog</name>
    <message>
        <source>from pg_service.conf, e.g. plans</source>
        <translation>из pg_service.conf, например plans</translation>
    </message>
    <message>
        <source>default: local socket</source>
        <translation>по умолчанию: локальный сокет</translation>
    </message>
    <message>
        <source>default: your user name</source>
        <translation>по умолчанию: ваше имя пользователя</translation>
    </message>
    <message>
        <source>default: your login</source>
        <translation>по умолчанию: ваш логин</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>Publish to Database</source>
        <translation>Опубликовать в базе данных</translation>
    </message>
    <message>
        <source>Open from Database</source>
        <translation>Открыть из базы данных</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>name of the new project</source>
        <translation>имя нового проекта</translation>
    </message>
    <message>
        <source>pick one from the list</source>
        <translation>выберите из списка</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Служба:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Passwords are read from ~/.pgpass or the service file, never stored in a project.</source>
        <translation>Пароли читаются из ~/.pgpass или файла служб и никогда не хранятся в проекте.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опубликовать</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Projects in this database:</source>
        <translation>Проекты в этой базе данных:</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>П&amp;роект:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Connected to %1; it holds no projects yet.</source>
        <translation>Подключено к %1; проектов пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n project(s).</source>
        <translation>
            <numerusform>Подключено к %1: %n проект.</numerusform>
            <numerusform>Подключено к %1: %n проекта.</numerusform>
            <numerusform>Подключено к %1: %n проектов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Не удаётся подключиться: %1</translation>
    </message>
</context>
<context>
    <name>hp::gui::DrawPolygonTool</name>
    <message>
        <source>Drawing cancelled.</source>
        <translation>Рисование отменено.</translation>
    </message>
    <message>
        <source>A polygon needs at least 3 vertices; keep clicking, or press Esc to cancel.</source>
        <translation>Полигону нужно не менее 3 вершин; продолжайте щёлкать или нажмите Esc для отмены.</translation>
    </message>
    <message>
        <source>The polygon crosses itself, so nothing was added. Remove vertices with Backspace and finish again, or press Esc to cancel.</source>
        <translation>Полигон самопересекается, поэтому ничего не добавлено. Удалите вершины клавишей Backspace и завершите снова или нажмите Esc для отмены.</translation>
    </message>
</context>
<context>
    <name>hp::gui::EditConflictDialog</name>
    <message>
        <source>The project&apos;s layers and settings were changed by %1 at %2.</source>
        <translation>Слои и параметры проекта изменил(а) %1 в %2.</translation>
    </message>
    <message>
        <source>“%1”, which you deleted, was changed by %2 at %3.</source>
        <translation>«%1», удалённый вами, изменил(а) %2 в %3.</translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 at %3.</source>
        <translation>«%1» удалил(а) %2 в %3.</translation>
    </message>
    <message>
        <source>“%1” was changed by %2 at %3.</source>
        <translation>«%1» изменил(а) %2 в %3.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Сохранить оба</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Someone Else Saved First</source>
        <translation>Кто-то сохранил раньше</translation>
    </message>
    <message>
        <source>Your save would overwrite edits someone else saved after you opened the project. Nothing was saved.</source>
        <translation>Ваше сохранение перезаписало бы правки, сохранённые другим пользователем после того, как вы открыли проект. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reload&lt;/b&gt; takes their edits and drops yours. &lt;b&gt;Keep Both&lt;/b&gt; keeps theirs and saves yours beside them as new candidates named “… (mine)”. &lt;b&gt;Cancel&lt;/b&gt; saves nothing and leaves your edits unsaved.</source>
        <translation>&lt;b&gt;Перезагрузить&lt;/b&gt; — взять их правки и отбросить ваши. &lt;b&gt;Сохранить оба&lt;/b&gt; — оставить их правки и сохранить ваши рядом как новые кандидаты «… (мои)». &lt;b&gt;Отмена&lt;/b&gt; — ничего не сохранять, ваши правки остаются несохранёнными.</translation>
    </message>
</context>
<context>
    <name>hp::gui::EditVerticesTool</name>
    <message>
        <source>A polygon keeps at least 3 vertices; delete the polygon instead.</source>
        <translation>У полигона должно остаться не менее 3 вершин; удалите полигон целиком.</translation>
    </message>
    <message>
        <source>That edit would make the polygon cross itself, so it was not made.</source>
        <translation>Эта правка привела бы к самопересечению полигона, поэтому она не выполнена.</translation>
    </message>
</context>
<context>
    <name>hp::gui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>PDF page (vector, selectable text)</source>
        <translation>Страница PDF (векторная, с выделяемым текстом)</translation>
    </message>
    <message>
        <source>SVG page</source>
        <translation>Страница SVG</translation>
    </message>
    <message>
        <source>PNG page</source>
        <translation>Страница PNG</translation>
    </message>
    <message>
        <source>GeoTIFF of the map (georeferenced)</source>
        <translation>GeoTIFF карты (с географической привязкой)</translation>
    </message>
    <message>
        <source>GeoPackage (candidates and parcels)</source>
        <translation>GeoPackage (варианты и участки)</translation>
    </message>
    <message>
        <source>Shapefile</source>
        <translation>Shapefile</translation>
    </message>
    <message>
        <source>GeoJSON</source>
        <translation>GeoJSON</translation>
    </message>
    <message>
        <source>KML (WGS 84, for Google Earth)</source>
        <translation>KML (WGS 84, для Google Earth)</translation>
    </message>
    <message>
        <source>CSV table (no geometry)</source>
        <translation>Таблица CSV (без геометрии)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Candidate reserves (in the page&apos;s language)</source>
        <translation>Варианты резерватов (на языке страницы)</translation>
    </message>
    <message>
        <source>Current view (all candidates)</source>
        <translation>Текущий вид (все варианты)</translation>
    </message>
    <message>
        <source>Also the parcels, with the leopards each can hold</source>
        <translation>Также участки с числом леопардов, которое может вместить каждый</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Map of:</source>
        <translation>Показать на карте:</translation>
    </message>
    <message>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ориентация:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Разрешение:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Подзаголовок:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <source>The file name must end in .%1 for this format.</source>
        <translation>Для этого формата имя файла должно оканчиваться на .%1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>hp::gui::ForestVersionsPanel</name>
    <message>
        <source>canopy %</source>
        <translation>сомкнутость, %</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>классы</translation>
    </message>
    <message>
        <source>forest loss</source>
        <translation>потеря леса</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Получена из</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import satellite imagery as a new forest-cover version</source>
        <translation>Импортировать спутниковые снимки как новую версию лесного покрова</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Использовать</translation>
    </message>
    <message>
        <source>Compute capacity and draw the map with the selected version</source>
        <translation>Считать ёмкость и рисовать карту по выбранной версии</translation>
    </message>
    <message>
        <source>Change Map</source>
        <translation>Карта изменений</translation>
    </message>
    <message>
        <source>Show where the canopy fell or rose between the previous version and the selected one</source>
        <translation>Показать, где сомкнутость снизилась или выросла между предыдущей и выбранной версией</translation>
    </message>
    <message>
        <source>Compare Capacity…</source>
        <translation>Сравнить ёмкость…</translation>
    </message>
    <message>
        <source>Leopards per parcel and candidate before and after the selected version</source>
        <translation>Леопарды по участкам и вариантам до и после выбранной версии</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the project is unchanged.</source>
        <translation>Импорт отменён; проект не изменён.</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (используется)</translation>
    </message>
    <message>
        <source>original layer</source>
        <translation>исходный слой</translation>
    </message>
    <message>
        <source>Save the project first: imported versions are written beside the project file.</source>
        <translation>Сначала сохраните проект: импортированные версии записываются рядом с файлом проекта.</translation>
    </message>
    <message>
        <source>Imported forest version %1.</source>
        <translation>Импортирована версия леса %1.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Импорт %n файла…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
            <numerusform>Импорт %n файлов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Change map from version %1 to %2 written to %3.</source>
        <translation>Карта изменений от версии %1 к %2 записана в %3.</translation>
    </message>
    <message>
        <source>Computing the change map…</source>
        <translation>Расчёт карты изменений…</translation>
    </message>
</context>
<context>
    <name>hp::gui::IdentifyPanel</name>
    <message>
        <source>Click the map with the Identify tool.</source>
        <translation>Щёлкните по карте инструментом «Информация».</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Nothing at %1, %2.</source>
        <translation>В точке %1, %2 ничего нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) at %1, %2</source>
        <translation>
            <numerusform>%n результат в точке %1, %2</numerusform>
            <numerusform>%n результата в точке %1, %2</numerusform>
            <numerusform>%n результатов в точке %1, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::ImportForestDialog</name>
    <message>
        <source>Import Satellite Layer</source>
        <translation>Импорт спутникового слоя</translation>
    </message>
    <message>
        <source>Satellite Imagery</source>
        <translation>Спутниковые снимки</translation>
    </message>
    <message>
        <source>Rasters (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;All files (*)</source>
        <translation>Растры (*.tif *.tiff *.jp2 *.vrt *.img *.nc *.hdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Class Table</source>
        <translation>Таблица классов</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt);;All files (*)</source>
        <translation>Таблицы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Canopy cover % (a tree-cover product)</source>
        <translation>Сомкнутость полога, % (продукт древесного покрова)</translation>
    </message>
    <message>
        <source>NDVI from red and near-infrared bands</source>
        <translation>NDVI из красного и ближнего инфракрасного каналов</translation>
    </message>
    <message>
        <source>Land-cover classes with a class table</source>
        <translation>Классы земного покрова с таблицей классов</translation>
    </message>
    <message>
        <source>Forest loss year (applied to the current cover)</source>
        <translation>Год потери леса (применяется к текущему покрову)</translation>
    </message>
    <message>
        <source>Values 0–100 are taken as canopy cover in per cent; other values count as no data.</source>
        <translation>Значения 0–100 считаются сомкнутостью в процентах; прочие значения — отсутствием данных.</translation>
    </message>
    <message>
        <source>NDVI</source>
        <translation>NDVI</translation>
    </message>
    <message>
        <source>Canopy %</source>
        <translation>Сомкнутость, %</translation>
    </message>
    <message>
        <source>Add Breakpoint</source>
        <translation>Добавить точку</translation>
    </message>
    <message>
        <source>Remove Breakpoint</source>
        <translation>Удалить точку</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Red band:</source>
        <translation>Красный канал:</translation>
    </message>
    <message>
        <source>Near-infrared band:</source>
        <translation>Ближний ИК-канал:</translation>
    </message>
    <message>
        <source>Sentinel-2: red B4, near-infrared B8. Landsat 8/9: red B4, near-infrared B5.</source>
        <translation>Sentinel-2: красный B4, ближний ИК B8. Landsat 8/9: красный B4, ближний ИК B5.</translation>
    </message>
    <message>
        <source>NDVI → canopy:</source>
        <translation>NDVI → сомкнутость:</translation>
    </message>
    <message>
        <source>ESA WorldCover classes (10 tree cover = 80 %)</source>
        <translation>Классы ESA WorldCover (10 древесный покров = 80 %)</translation>
    </message>
    <message>
        <source>Class table (CSV: class,canopy_pct):</source>
        <translation>Таблица классов (CSV: class,canopy_pct):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Loss from year:</source>
        <translation>Потеря начиная с года:</translation>
    </message>
    <message>
        <source>Pixels lost in this year or later become 0 % canopy; the rest keep the current cover. Hansen Global Forest Change values 1, 2, … stand for 2001, 2002, …</source>
        <translation>Пиксели, потерянные в этом году или позже, получают сомкнутость 0 %; остальные сохраняют текущий покров. Значения Hansen Global Forest Change 1, 2, … означают 2001, 2002, …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Files (tiles are mosaicked):</source>
        <translation>Файлы (тайлы сшиваются):</translation>
    </message>
    <message>
        <source>The files hold:</source>
        <translation>Файлы содержат:</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Date of the imagery:</source>
        <translation>Дата съёмки:</translation>
    </message>
    <message>
        <source>Add at least one raster file to import.</source>
        <translation>Добавьте хотя бы один растровый файл для импорта.</translation>
    </message>
    <message>
        <source>The red and near-infrared bands must differ.</source>
        <translation>Красный и ближний ИК-каналы должны различаться.</translation>
    </message>
    <message>
        <source>Breakpoint %1 is not a pair of numbers.</source>
        <translation>Точка %1 — не пара чисел.</translation>
    </message>
    <message>
        <source>Choose a class table or ESA WorldCover.</source>
        <translation>Выберите таблицу классов или ESA WorldCover.</translation>
    </message>
    <message>
        <source>%1: the class table cannot be opened (%2).</source>
        <translation>%1: таблицу классов нельзя открыть (%2).</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPanel</name>
    <message>
        <source>Move Layer &amp;Up</source>
        <translation>Переместить слой &amp;вверх</translation>
    </message>
    <message>
        <source>Move Layer &amp;Down</source>
        <translation>Переместить слой в&amp;низ</translation>
    </message>
    <message>
        <source>&amp;Remove Layer</source>
        <translation>&amp;Удалить слой</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Масштаб по слою</translation>
    </message>
    <message>
        <source>Layer &amp;Properties…</source>
        <translation>&amp;Свойства слоя…</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Непрозрачность выбранного слоя</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
</context>
<context>
    <name>hp::gui::LayerPropertiesDialog</name>
    <message>
        <source>Greens (canopy)</source>
        <translation>Зелёные (полог)</translation>
    </message>
    <message>
        <source>Greys</source>
        <translation>Серые</translation>
    </message>
    <message>
        <source>Viridis</source>
        <translation>Viridis</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Рельеф</translation>
    </message>
    <message>
        <source>Spectral</source>
        <translation>Спектральная</translation>
    </message>
    <message>
        <source>Layer Properties — %1</source>
        <translation>Свойства слоя — %1</translation>
    </message>
    <message>
        <source>Layer rendering</source>
        <translation>Отрисовка слоя</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Выберите цвет</translation>
    </message>
    <message>
        <source>Band rendering</source>
        <translation>Отрисовка канала</translation>
    </message>
    <message>
        <source>Singleband pseudocolour</source>
        <translation>Одноканальная псевдоцветная</translation>
    </message>
    <message>
        <source>Paletted (the file&apos;s colour table)</source>
        <translation>Палитра (таблица цветов файла)</translation>
    </message>
    <message>
        <source>Multiband colour (red, green, blue)</source>
        <translation>Многоканальная цветная (красный, зелёный, синий)</translation>
    </message>
    <message>
        <source>Render type</source>
        <translation>Тип отрисовки</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Colour ramp</source>
        <translation>Цветовая шкала</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Макс.</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <source>No fill</source>
        <translation>Без заливки</translation>
    </message>
    <message>
        <source>Hatched</source>
        <translation>Штриховка</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Outline width</source>
        <translation>Толщина контура</translation>
    </message>
    <message>
        <source>(no labels)</source>
        <translation>(без подписей)</translation>
    </message>
    <message>
        <source>Label with</source>
        <translation>Подписывать по</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Цвет подписей</translation>
    </message>
</context>
<context>
    <name>hp::gui::LogPanel</name>
    <message>
        <source>INFO</source>
        <translation>ИНФО</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ПРЕДУПРЕЖДЕНИЕ</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>КРИТИЧНО</translation>
    </message>
</context>
<context>
    <name>hp::gui::MainWindow</name>
    <message>
        <source>Habitat Planner</source>
        <translation>Планировщик местообитаний</translation>
    </message>
    <message>
        <source>Add &amp;Raster Layer…</source>
        <translation>Добавить &amp;растровый слой…</translation>
    </message>
    <message>
        <source>Add a raster layer from any file GDAL reads</source>
        <translation>Добавить растровый слой из любого файла, читаемого GDAL</translation>
    </message>
    <message>
        <source>Add &amp;Vector Layer…</source>
        <translation>Добавить &amp;векторный слой…</translation>
    </message>
    <message>
        <source>Add the layers of a vector file (GeoPackage, Shapefile, GeoJSON, KML, …)</source>
        <translation>Добавить слои векторного файла (GeoPackage, Shapefile, GeoJSON, KML, …)</translation>
    </message>
    <message>
        <source>Open &amp;Sample Region</source>
        <translation>Открыть &amp;пример района</translation>
    </message>
    <message>
        <source>Add the sample region of south-west Primorsky Krai</source>
        <translation>Добавить пример района на юго-западе Приморского края</translation>
    </message>
    <message>
        <source>Save Map as &amp;Image…</source>
        <translation>Сохранить карту как &amp;изображение…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Pan Map</source>
        <translation>&amp;Панорамирование</translation>
    </message>
    <message>
        <source>Drag the map; the arrow keys and the middle button pan with any tool</source>
        <translation>Перетаскивайте карту; стрелки и средняя кнопка мыши панорамируют с любым инструментом</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom in</source>
        <translation>Выделите рамку или щёлкните, чтобы увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Drag a box or click to zoom out</source>
        <translation>Выделите рамку или щёлкните, чтобы уменьшить</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Информация об объектах</translation>
    </message>
    <message>
        <source>Click the map to see parcel attributes, basin and canopy value</source>
        <translation>Щёлкните по карте, чтобы увидеть атрибуты участка, бассейн и сомкнутость полога</translation>
    </message>
    <message>
        <source>Zoom &amp;Full</source>
        <translation>&amp;Полный охват</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;About Habitat Planner</source>
        <translation>&amp;О программе «Планировщик местообитаний»</translation>
    </message>
    <message>
        <source>About Habitat Planner</source>
        <translation>О программе «Планировщик местообитаний»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Habitat Planner %1&lt;/b&gt;&lt;p&gt;Planning reserves for the Amur leopard in south-west Primorsky Krai.&lt;/p&gt;&lt;p&gt;Built on Qt, GDAL, GEOS and PROJ.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Планировщик местообитаний %1&lt;/b&gt;&lt;p&gt;Планирование заповедников для дальневосточного леопарда на юго-западе Приморского края.&lt;/p&gt;&lt;p&gt;Создан на основе Qt, GDAL, GEOS и PROJ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Результаты запроса</translation>
    </message>
    <message>
        <source>Log Messages</source>
        <translation>Журнал сообщений</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Панели</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Слой</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Data Source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Map Navigation</source>
        <translation>Навигация по карте</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <source>&amp;Toolbars</source>
        <translation>Панели &amp;инструментов</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open layer</source>
        <translation>Не удаётся открыть слой</translation>
    </message>
    <message>
        <source>Generating the sample region in %1…</source>
        <translation>Создание примера района в %1…</translation>
    </message>
    <message>
        <source>Sample region not generated: cancelled.</source>
        <translation>Пример района не создан: отменено.</translation>
    </message>
    <message>
        <source>Opened the sample region from %1</source>
        <translation>Открыт пример района из %1</translation>
    </message>
    <message>
        <source>Cannot open the sample region</source>
        <translation>Не удаётся открыть пример района</translation>
    </message>
    <message>
        <source>Add Raster Layer</source>
        <translation>Добавить растровый слой</translation>
    </message>
    <message>
        <source>Raster files (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;All files (*)</source>
        <translation>Растровые файлы (*.tif *.tiff *.vrt *.img *.asc *.nc *.jp2 *.dem *.lcp *.png *.jpg);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add Vector Layer</source>
        <translation>Добавить векторный слой</translation>
    </message>
    <message>
        <source>Vector files (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;All files (*)</source>
        <translation>Векторные файлы (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.gml *.csv *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Save Map as Image</source>
        <translation>Сохранить карту как изображение</translation>
    </message>
    <message>
        <source>PNG image (*.png);;JPEG image (*.jpg)</source>
        <translation>Изображение PNG (*.png);;Изображение JPEG (*.jpg)</translation>
    </message>
    <message>
        <source>Cannot save the image</source>
        <translation>Не удаётся сохранить изображение</translation>
    </message>
    <message>
        <source>%1: the image cannot be written</source>
        <translation>%1: изображение не записывается</translation>
    </message>
    <message>
        <source>Some layers could not be drawn: %1</source>
        <translation>Некоторые слои не удалось отрисовать: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Store Layer &amp;Data in Project File</source>
        <translation>Хранить &amp;данные слоёв в файле проекта</translation>
    </message>
    <message>
        <source>Save copies of the layers and forest versions inside the project file, so it can be sent as one file</source>
        <translation>Сохранять копии слоёв и версий леса внутри файла проекта, чтобы его можно было отправить одним файлом</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>Экспорт &amp;карты…</translation>
    </message>
    <message>
        <source>A printable map page (PDF, SVG, PNG) or a georeferenced GeoTIFF, in the reader&apos;s language</source>
        <translation>Печатная страница карты (PDF, SVG, PNG) или GeoTIFF с географической привязкой на языке читателя</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Экспорт данн&amp;ых…</translation>
    </message>
    <message>
        <source>Candidates and parcels with their figures as GeoPackage, Shapefile, GeoJSON, KML or CSV</source>
        <translation>Варианты и участки с их показателями в формате GeoPackage, Shapefile, GeoJSON, KML или CSV</translation>
    </message>
    <message>
        <source>Import Marxan &amp;Solution as Candidate…</source>
        <translation>Импорт р&amp;ешения Marxan как варианта…</translation>
    </message>
    <message>
        <source>A Marxan output_best or output_ssoln for this project&apos;s parcels becomes a candidate</source>
        <translation>Файл Marxan output_best или output_ssoln для участков этого проекта становится вариантом резервата</translation>
    </message>
    <message>
        <source>Import Marxan Solution</source>
        <translation>Импорт решения Marxan</translation>
    </message>
    <message>
        <source>Marxan solutions (*.csv *.txt *.dat);;All files (*)</source>
        <translation>Решения Marxan (*.csv *.txt *.dat);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot import the Marxan solution</source>
        <translation>Не удаётся импортировать решение Marxan</translation>
    </message>
    <message>
        <source>Candidate Reserves</source>
        <translation>Варианты резерватов</translation>
    </message>
    <message>
        <source>Attribute Table</source>
        <translation>Таблица атрибутов</translation>
    </message>
    <message>
        <source>Forest Versions</source>
        <translation>Версии леса</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Импорт не удался</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>История отмен</translation>
    </message>
    <message>
        <source>Candidate Capacity</source>
        <translation>Ёмкость вариантов</translation>
    </message>
    <message>
        <source>Parcel Ranking</source>
        <translation>Ранжирование участков</translation>
    </message>
    <message>
        <source>Cannot rank the parcels</source>
        <translation>Не удаётся ранжировать участки</translation>
    </message>
    <message>
        <source>Compare Candidates</source>
        <translation>Сравнение вариантов</translation>
    </message>
    <message>
        <source>Cannot compare the candidates</source>
        <translation>Не удаётся сравнить варианты</translation>
    </message>
    <message>
        <source>Capacity Change</source>
        <translation>Изменение ёмкости</translation>
    </message>
    <message>
        <source>Cannot compare the forest versions</source>
        <translation>Не удаётся сравнить версии леса</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>П&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation>Пл&amp;анирование</translation>
    </message>
    <message>
        <source>Autosaving %p%</source>
        <translation>Автосохранение %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop this autosave; the next one comes in a few minutes</source>
        <translation>Остановить это автосохранение; следующее будет через несколько минут</translation>
    </message>
    <message>
        <source>A Job Is Running</source>
        <translation>Выполняется задача</translation>
    </message>
    <message>
        <source>Stop the job that is running and close the window?</source>
        <translation>Остановить выполняющуюся задачу и закрыть окно?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Adding %1 cancelled.</source>
        <translation>Добавление %1 отменено.</translation>
    </message>
    <message>
        <source>Cannot compute the corridors</source>
        <translation>Не удалось вычислить коридоры</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;amp;Анализ</translation>
    </message>
</context>
<context>
    <name>hp::gui::MapStatusWidget</name>
    <message>
        <source>Cursor position in the map CRS</source>
        <translation>Положение курсора в СК карты</translation>
    </message>
    <message>
        <source>Cursor position as WGS 84 latitude and longitude</source>
        <translation>Положение курсора: широта и долгота WGS 84</translation>
    </message>
    <message>
        <source>Map scale; type one to zoom to it</source>
        <translation>Масштаб карты; введите значение, чтобы перейти к нему</translation>
    </message>
    <message>
        <source>Rendering the map</source>
        <translation>Отрисовка карты</translation>
    </message>
    <message>
        <source>Coordinate</source>
        <translation>Координата</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>%1° %2, %3° %4</source>
        <translation>%1° %2, %3° %4</translation>
    </message>
    <message>
        <source>N</source>
        <translation>с. ш.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>ю. ш.</translation>
    </message>
    <message>
        <source>E</source>
        <translation>в. д.</translation>
    </message>
    <message>
        <source>W</source>
        <translation>з. д.</translation>
    </message>
    <message>
        <source>No CRS</source>
        <translation>Нет СК</translation>
    </message>
    <message>
        <source>Map CRS: %1</source>
        <translation>СК карты: %1</translation>
    </message>
</context>
<context>
    <name>hp::gui::MeasureTool</name>
    <message>
        <source>%1 km (%2 mi)</source>
        <translation>%1 км (%2 миль)</translation>
    </message>
    <message>
        <source>%1 km² (%2 sq mi)</source>
        <translation>%1 км² (%2 кв. миль)</translation>
    </message>
    <message>
        <source>Cannot measure: the map has no usable coordinate reference system.</source>
        <translation>Измерение невозможно: у карты нет пригодной системы координат.</translation>
    </message>
</context>
<context>
    <name>hp::gui::ModalTask</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Please Wait</source>
        <translation>Подождите</translation>
    </message>
</context>
<context>
    <name>hp::gui::OverviewOffer</name>
    <message>
        <source>Build Overviews</source>
        <translation>Построить обзорные уровни</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Overviews of “%1” could not be built: %2</source>
        <translation>Не удалось построить обзорные уровни для «%1»: %2</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>“%1” has no overviews, so zoomed-out views are drawn from a coarse copy. Build them (a .ovr file beside the raster) for sharp, quick drawing at every scale?</source>
        <translation>У «%1» нет обзорных уровней, поэтому в мелком масштабе карта рисуется по грубой копии. Построить их (файл .ovr рядом с растром), чтобы карта была чёткой и быстрой в любом масштабе?</translation>
    </message>
    <message>
        <source>Building overviews of “%1”…</source>
        <translation>Построение обзорных уровней для «%1»…</translation>
    </message>
</context>
<context>
    <name>hp::gui::PlanningTools</name>
    <message>
        <source>Planning</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>&amp;Select Parcels</source>
        <translation>&amp;Выбор участков</translation>
    </message>
    <message>
        <source>Click or drag a rectangle to put parcels in the active candidate; Shift adds or toggles, Ctrl removes</source>
        <translation>Щёлкните или выделите рамку, чтобы добавить участки в активный вариант; Shift добавляет или переключает, Ctrl удаляет</translation>
    </message>
    <message>
        <source>Select Parcels by &amp;Freehand</source>
        <translation>Выбор участков &amp;произвольной областью</translation>
    </message>
    <message>
        <source>Drag a lasso around parcels for the active candidate; Shift adds, Ctrl removes</source>
        <translation>Обведите участки лассо для активного варианта; Shift добавляет, Ctrl удаляет</translation>
    </message>
    <message>
        <source>&amp;Draw Candidate Polygon</source>
        <translation>&amp;Нарисовать полигон варианта</translation>
    </message>
    <message>
        <source>Click vertices; double-click or Enter finishes, Backspace removes the last vertex, Esc cancels</source>
        <translation>Щёлкайте вершины; двойной щелчок или Enter завершает, Backspace удаляет последнюю вершину, Esc отменяет</translation>
    </message>
    <message>
        <source>&amp;Edit Polygon Vertices</source>
        <translation>&amp;Редактировать вершины полигона</translation>
    </message>
    <message>
        <source>Click a drawn polygon, then drag its vertices, press on an edge to add one, Delete or right-click removes one</source>
        <translation>Щёлкните нарисованный полигон, затем перетаскивайте его вершины; нажатие на ребре добавляет вершину, Delete или правый щелчок удаляет</translation>
    </message>
    <message>
        <source>&amp;Measure Line</source>
        <translation>&amp;Измерить длину</translation>
    </message>
    <message>
        <source>Click points to measure a geodesic distance in km and miles</source>
        <translation>Щёлкайте точки, чтобы измерить геодезическое расстояние в км и милях</translation>
    </message>
    <message>
        <source>Measure &amp;Area</source>
        <translation>Измерить п&amp;лощадь</translation>
    </message>
    <message>
        <source>Click points to measure a geodesic area in km² and square miles</source>
        <translation>Щёлкайте точки, чтобы измерить геодезическую площадь в км² и квадратных милях</translation>
    </message>
    <message>
        <source>S&amp;napping</source>
        <translation>Прив&amp;язка</translation>
    </message>
    <message>
        <source>Snap drawing, editing and measuring to parcel vertices and edges within %1 pixels</source>
        <translation>Привязывать рисование, редактирование и измерение к вершинам и рёбрам участков в пределах %1 пикселей</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>No parcel there.</source>
        <translation>Здесь нет участка.</translation>
    </message>
    <message>
        <source>Select parcels</source>
        <translation>Выбор участков</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) in %1.</source>
        <translation>
            <numerusform>%n участок в «%1».</numerusform>
            <numerusform>%n участка в «%1».</numerusform>
            <numerusform>%n участков в «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>Рисование полигона</translation>
    </message>
    <message>
        <source>Polygon added to %1.</source>
        <translation>Полигон добавлен в «%1».</translation>
    </message>
</context>
<context>
    <name>hp::gui::ProjectController</name>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>&amp;Save Project</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Сохранить проект к&amp;ак…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Недавние проек&amp;ты</translation>
    </message>
    <message>
        <source>Habitat Planner projects (*.hplan)</source>
        <translation>Проекты Habitat Planner (*.hplan)</translation>
    </message>
    <message>
        <source>Save Project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them?</source>
        <translation>В проекте есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Восстановление несохранённых изменений</translation>
    </message>
    <message>
        <source>Habitat Planner did not close normally while %1 had unsaved changes. Recover them from the autosave?</source>
        <translation>Habitat Planner завершил работу некорректно, когда в %1 были несохранённые изменения. Восстановить их из автосохранения?</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>несохранённом проекте</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Где сейчас находится «%1»?</translation>
    </message>
    <message>
        <source>Autosave Failed</source>
        <translation>Ошибка автосохранения</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Some Layers Did Not Open</source>
        <translation>Некоторые слои не открылись</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Не удаётся сохранить проект</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Files Outside the Project</source>
        <translation>Файлы вне проекта</translation>
    </message>
    <message>
        <source>%1 names files outside its folder or on the network. Nothing has been read from them yet. Open the project and let it read them?</source>
        <translation>%1 ссылается на файлы вне своей папки или в сети. Из них ещё ничего не прочитано. Открыть проект и разрешить их чтение?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>%1 (on the network)</source>
        <translation>%1 (в сети)</translation>
    </message>
    <message>
        <source>%1 (outside the project folder)</source>
        <translation>%1 (вне папки проекта)</translation>
    </message>
    <message>
        <source>%1 (on the network, named by %2)</source>
        <translation>%1 (в сети, указан в %2)</translation>
    </message>
    <message>
        <source>%1 (outside the project folder, named by %2)</source>
        <translation>%1 (вне папки проекта, указан в %2)</translation>
    </message>
    <message>
        <source>Opening %1 cancelled.</source>
        <translation>Открытие %1 отменено.</translation>
    </message>
    <message>
        <source>Opening the project&apos;s layers…</source>
        <translation>Открытие слоёв проекта…</translation>
    </message>
    <message>
        <source>Reopening the layers cancelled; the map shows the layers it showed before.</source>
        <translation>Повторное открытие слоёв отменено; карта показывает прежние слои.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Сохранение %1…</translation>
    </message>
    <message>
        <source>Saving cancelled; %1 is unchanged.</source>
        <translation>Сохранение отменено; %1 не изменён.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Копия сохранена как %1.</translation>
    </message>
</context>
<context>
    <name>hp::gui::ProjectCorridors</name>
    <message>
        <source>Compute &amp;Corridors…</source>
        <translation>Вычислить &amp;amp;коридоры…</translation>
    </message>
    <message>
        <source>Least-cost corridors from the reserve to each candidate and between candidates, drawn on the map</source>
        <translation>Коридоры наименьшей стоимости от заповедника до каждого кандидата и между кандидатами, на карте</translation>
    </message>
    <message>
        <source>No candidates: there is nothing to connect.</source>
        <translation>Нет кандидатов: соединять нечего.</translation>
    </message>
    <message>
        <source>Computing corridors…</source>
        <translation>Вычисление коридоров…</translation>
    </message>
    <message>
        <source>Corridors cancelled.</source>
        <translation>Вычисление коридоров отменено.</translation>
    </message>
    <message>
        <source>No corridors: the project has no reserve layer and one candidate.</source>
        <translation>Нет коридоров: в проекте нет слоя заповедника и только один кандидат.</translation>
    </message>
    <message numerus="yes">
        <source>%n corridor(s) computed, %1 drawn.</source>
        <translation>
            <numerusform>Вычислен %n коридор, показано %1.</numerusform>
            <numerusform>Вычислено %n коридора, показано %1.</numerusform>
            <numerusform>Вычислено %n коридоров, показано %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The candidates changed: corridors taken off the map (Analysis ▸ Compute Corridors).</source>
        <translation>Кандидаты изменились: коридоры убраны с карты (Анализ ▸ Вычислить коридоры).</translation>
    </message>
</context>
<context>
    <name>hp::gui::RankingPanel</name>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Compactness: leopards the optimum may give up per km of reserve boundary (as Marxan&apos;s BLM)</source>
        <translation>Компактность: сколько леопардов оптимум может уступить на км границы резервата (как BLM в Marxan)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Бюджет:</translation>
    </message>
    <message>
        <source>Boundary length modifier:</source>
        <translation>Модификатор длины границы:</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Ограничение времени:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Create Candidate from Selection</source>
        <translation>Создать вариант из выборки</translation>
    </message>
    <message>
        <source>Adds the budget optimum&apos;s parcels as a new candidate reserve (undoable)</source>
        <translation>Добавляет участки оптимума при бюджете как новый вариант резервата (можно отменить)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Ranking the parcels…</source>
        <translation>Ранжирование участков…</translation>
    </message>
    <message>
        <source>Budget optimum %1 USD</source>
        <translation>Оптимум при бюджете %1 USD</translation>
    </message>
    <message>
        <source>Set a budget and run to rank the parcels.</source>
        <translation>Задайте бюджет и запустите, чтобы ранжировать участки.</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>доказана оптимальность</translation>
    </message>
    <message>
        <source>optimality gap unknown</source>
        <translation>разрыв оптимальности неизвестен</translation>
    </message>
    <message>
        <source>optimality gap %1 %</source>
        <translation>разрыв оптимальности %1 %</translation>
    </message>
    <message>
        <source>Budget optimum: %1 leopards (%2 leopard-equivalents, the existing reserve included) for %3 USD; %4 parcels, %5 km², boundary %6 km; %7.</source>
        <translation>Оптимум при бюджете: леопардов %1 (эквивалентов леопарда %2, включая существующий резерват) за %3 USD; участков %4, %5 км², граница %6 км; %7.</translation>
    </message>
    <message>
        <source>Parcels the optimum must include (already bought or promised)</source>
        <translation>Участки, которые оптимум обязан включить (уже купленные или обещанные)</translation>
    </message>
    <message>
        <source>parcel ids, e.g. 7</source>
        <translation>номера участков, напр. 7</translation>
    </message>
    <message>
        <source>Parcels the optimum must leave out (not for sale)</source>
        <translation>Участки, которые оптимум обязан исключить (не продаются)</translation>
    </message>
    <message>
        <source>Locked in:</source>
        <translation>Обязательно включить:</translation>
    </message>
    <message>
        <source>Locked out:</source>
        <translation>Обязательно исключить:</translation>
    </message>
    <message>
        <source>parcel ids, e.g. 12, 25:34:010101:12</source>
        <translation>id участков, напр. 12, 25:34:010101:12</translation>
    </message>
    <message>
        <source>Across scenarios</source>
        <translation>По сценариям</translation>
    </message>
    <message>
        <source>Rank once more under each scenario of model assumptions and count, per parcel, in how many the budget optimum buys it</source>
        <translation>Ранжировать ещё раз в каждом сценарии допущений модели и посчитать для каждого участка, в скольких оптимум бюджета его покупает</translation>
    </message>
    <message>
        <source>built-in grid: territory 16–120 sq mi, habitat threshold ±10</source>
        <translation>встроенная сетка: территория 16–120 кв. миль, порог местообитания ±10</translation>
    </message>
    <message>
        <source>A JSON list of model overrides (docs/RANKING.md, Scenarios); empty: the built-in grid</source>
        <translation>JSON-список переопределений модели (docs/RANKING.md, Scenarios); пусто — встроенная сетка</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a scenarios file</source>
        <translation>Выбрать файл сценариев</translation>
    </message>
    <message>
        <source>Scenarios file:</source>
        <translation>Файл сценариев:</translation>
    </message>
    <message>
        <source>Scenarios File</source>
        <translation>Файл сценариев</translation>
    </message>
    <message>
        <source>Scenarios (*.json);;All files (*)</source>
        <translation>Сценарии (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Ranking…</source>
        <translation>Экспорт ранжирования…</translation>
    </message>
    <message>
        <source>The acquisition order as ORDER.csv, with the scenario counts after a run across scenarios</source>
        <translation>Порядок покупки в ORDER.csv, со счётчиками сценариев после расчёта по сценариям</translation>
    </message>
    <message>
        <source>Export Ranking</source>
        <translation>Экспорт ранжирования</translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation>CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Ranking the parcels across scenarios…</source>
        <translation>Ранжирование участков по сценариям…</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
    <message>
        <source>Across %1 scenarios: %2 parcels chosen in all of them, %3 in at least one.</source>
        <translation>По %1 сценариям: %2 участков выбраны во всех, %3 хотя бы в одном.</translation>
    </message>
    <message>
        <source>Ranked in %1 s (budget optimum %2 s, stopped by the time limit).</source>
        <translation>Ранжировано за %1 с (оптимум бюджета %2 с, остановлено по лимиту времени).</translation>
    </message>
    <message>
        <source>Ranked in %1 s (budget optimum %2 s).</source>
        <translation>Ранжировано за %1 с (оптимум бюджета %2 с).</translation>
    </message>
</context>
<context>
    <name>hp::gui::RankingTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <source>Cost, USD</source>
        <translation>Стоимость, USD</translation>
    </message>
    <message>
        <source>Leopards gained</source>
        <translation>Прирост леопардов</translation>
    </message>
    <message>
        <source>Leopard-equivalents gained</source>
        <translation>Прирост эквивалентов леопарда</translation>
    </message>
    <message>
        <source>Leopards per M USD</source>
        <translation>Леопардов на млн USD</translation>
    </message>
    <message>
        <source>Cumulative cost, USD</source>
        <translation>Накопленная стоимость, USD</translation>
    </message>
    <message>
        <source>Cumulative leopards</source>
        <translation>Накопленное число леопардов</translation>
    </message>
    <message>
        <source>In budget optimum</source>
        <translation>В оптимуме при бюджете</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>In the budget optimum in %1 of %2 scenarios; within the budget in the greedy order in %3</source>
        <translation>В оптимуме бюджета в %1 из %2 сценариев; в пределах бюджета в жадном порядке в %3</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>%1 (range %2–%3)</source>
        <translation>%1 (диапазон %2–%3)</translation>
    </message>
    <message>
        <source>Leopards alone</source>
        <translation>Леопарды отдельно</translation>
    </message>
    <message>
        <source>With the reserve</source>
        <translation>С заповедником</translation>
    </message>
    <message>
        <source>Added to the reserve</source>
        <translation>Добавлено к заповеднику</translation>
    </message>
    <message>
        <source>Added per M USD</source>
        <translation>Добавлено на млн USD</translation>
    </message>
</context>
<context>
    <name>hp::gui::TeamProjectController</name>
    <message>
        <source>Open from &amp;Database…</source>
        <translation>Открыть из &amp;базы данных…</translation>
    </message>
    <message>
        <source>&amp;Publish to Database…</source>
        <translation>&amp;Опубликовать в базе данных…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy as File…</source>
        <translation>Сохранить &amp;копию в файл…</translation>
    </message>
    <message>
        <source>Open a team project from a PostgreSQL/PostGIS database</source>
        <translation>Открыть командный проект из базы данных PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <source>Store this project in a PostgreSQL/PostGIS database so a team can edit it</source>
        <translation>Сохранить проект в базе данных PostgreSQL/PostGIS, чтобы команда могла его редактировать</translation>
    </message>
    <message>
        <source>Write the database project to a .hplan file</source>
        <translation>Записать проект из базы данных в файл .hplan</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <source>database project</source>
        <translation>проект в базе данных</translation>
    </message>
    <message>
        <source>%1 (database)</source>
        <translation>%1 (база данных)</translation>
    </message>
    <message numerus="yes">
        <source>%n layer file(s) of the project were not found.</source>
        <translation>
            <numerusform>%n файл слоя проекта не найден.</numerusform>
            <numerusform>%n файла слоёв проекта не найдены.</numerusform>
            <numerusform>%n файлов слоёв проекта не найдены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Publish Project</source>
        <translation>Не удаётся опубликовать проект</translation>
    </message>
    <message>
        <source>Saved to the database.</source>
        <translation>Сохранено в базе данных.</translation>
    </message>
    <message>
        <source> (mine)</source>
        <translation> (мои)</translation>
    </message>
    <message>
        <source>Saved; your edits are kept beside theirs as “… (mine)”.</source>
        <translation>Сохранено; ваши правки сохранены рядом с их правками как «… (мои)».</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Не удаётся сохранить проект</translation>
    </message>
    <message>
        <source>Nothing was saved; your edits are still unsaved.</source>
        <translation>Ничего не сохранено; ваши правки по-прежнему не сохранены.</translation>
    </message>
    <message>
        <source>Read-Only Project</source>
        <translation>Проект только для чтения</translation>
    </message>
    <message>
        <source>You may open this project but not change it, so nothing was saved. Your edits are still here, unsaved: File ▸ Save a Copy as File… keeps them.

%1</source>
        <translation>Вы можете открыть этот проект, но не изменять его, поэтому ничего не сохранено. Ваши правки остаются здесь несохранёнными: Файл ▸ Сохранить копию в файл… сохранит их.

%1</translation>
    </message>
    <message>
        <source>Reloaded: the project is as saved in the database.</source>
        <translation>Перезагружено: проект такой, как сохранён в базе данных.</translation>
    </message>
    <message>
        <source>Live updates stopped: %1</source>
        <translation>Обновления в реальном времени остановлены: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) by %1</source>
        <translation>
            <numerusform>%n изменение от %1</numerusform>
            <numerusform>%n изменения от %1</numerusform>
            <numerusform>%n изменений от %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hp::gui::edits</name>
    <message>
        <source>New candidate</source>
        <translation>Новый вариант</translation>
    </message>
    <message>
        <source>New candidate from ranking</source>
        <translation>Новый вариант из ранжирования</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Удаление варианта</translation>
    </message>
    <message>
        <source>Rename candidate</source>
        <translation>Переименование варианта</translation>
    </message>
    <message>
        <source> copy</source>
        <translation> (копия)</translation>
    </message>
    <message>
        <source>Duplicate candidate</source>
        <translation>Дублирование варианта</translation>
    </message>
    <message>
        <source>Change candidate colour</source>
        <translation>Изменение цвета варианта</translation>
    </message>
    <message>
        <source>Select parcels</source>
        <translation>Выбор участков</translation>
    </message>
    <message>
        <source>Draw polygon</source>
        <translation>Рисование полигона</translation>
    </message>
    <message>
        <source>Edit polygon</source>
        <translation>Изменение полигона</translation>
    </message>
    <message>
        <source>Delete polygon</source>
        <translation>Удаление полигона</translation>
    </message>
</context>
</TS>
