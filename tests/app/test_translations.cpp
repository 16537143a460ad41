// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts files are complete and consistent, and the compiled translations load and translate.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include "common/I18n.h"

static const QString kSourceDir = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../translations");

static QSet<QString> placeholders(const QString& text) {
  QSet<QString> found;
  static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
  for (auto it = re.globalMatch(text); it.hasNext();) found.insert(it.next().captured(0));
  return found;
}

class TestTranslations : public QObject {
  Q_OBJECT
 private slots:
  void complete_data() {
    QTest::addColumn<QString>("lang");
    for (const char* l : {"ru", "zh_CN", "ko"}) QTest::newRow(l) << QString::fromLatin1(l);
  }
  void complete() {
    QFETCH(QString, lang);
    QFile file(kSourceDir + "/habitat_" + lang + ".ts");
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    QStringList forms;
    bool unfinished = false;
    while (!xml.atEnd()) {
      xml.readNext();
      if (xml.isStartElement() && xml.name() == QLatin1String("source")) source = xml.readElementText();
      if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
        unfinished = xml.attributes().value("type") == QLatin1String("unfinished");
        forms.clear();
        const QString direct = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        forms << direct;
      }
      if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
        ++messages;
        QVERIFY2(!unfinished && !forms.join(QString()).isEmpty(), qPrintable(lang + ": untranslated: " + source));
        // Every placeholder of the source survives in the translation (numerus forms are concatenated).
        const QSet<QString> want = placeholders(source);
        QVERIFY2(placeholders(forms.join(' ')).contains(want), qPrintable(lang + ": placeholders lost in: " + source));
      }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 50);
  }

  void compiledTranslationsLoad() {
    QTranslator t;
    QVERIFY(t.load(QStringLiteral(":/i18n/habitat_ru.qm")));
    QCOMPARE(t.translate("ErrorText", "file not found"), QStringLiteral("файл не найден"));
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/habitat_zh_CN.qm")));
    QCOMPARE(zh.translate("ErrorText", "file not found"), QStringLiteral("找不到文件"));
    QTranslator ko;
    QVERIFY(ko.load(QStringLiteral(":/i18n/habitat_ko.qm")));
    QCOMPARE(ko.translate("ErrorText", "file not found"), QStringLiteral("파일을 찾을 수 없음"));
  }

  void languageMatching() {
    QCOMPARE(hp::app::availableLanguages(), (QStringList{"en", "ru", "zh_CN", "ko"}));
  }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
