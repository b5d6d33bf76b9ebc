// The YAML layer: types resolve as the KFP SDK's loader resolves them, the writer quotes and
// folds as the SDK's dumper does (checked against PyYAML itself), and bad input gets a clear
// error with its position instead of a crash or a hang.

#include "cluster/pipelinespec/pythonrepr.h"
#include "cluster/pipelinespec/yamlreader.h"
#include "cluster/pipelinespec/yamlwriter.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace kfw::pipelinespec;

namespace {
YamlValue readOne(const QByteArray &text)
{
    QList<YamlValue> docs;
    ReadError error;
    if (!YamlReader::read(text, &docs, &error) || docs.size() != 1)
        return YamlValue::string(QStringLiteral("<<read failed: %1>>").arg(error.toString()));
    return docs.first();
}
} // namespace

class TestYaml : public QObject
{
    Q_OBJECT
private slots:
    void plainScalarsResolveLikePyYaml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("value");
        const int S = int(YamlValue::Type::String), B = int(YamlValue::Type::Bool), I = int(YamlValue::Type::Int),
                  F = int(YamlValue::Type::Float), N = int(YamlValue::Type::Null), T = int(YamlValue::Type::Timestamp);
        QTest::addRow("yes is true") << "yes" << B << "true";
        QTest::addRow("Off is false") << "Off" << B << "false";
        QTest::addRow("True") << "True" << B << "true";
        QTest::addRow("int") << "42" << I << "42";
        QTest::addRow("negative") << "-7" << I << "-7";
        QTest::addRow("underscores") << "1_000" << I << "1000";
        QTest::addRow("hex") << "0x1F" << I << "31";
        QTest::addRow("octal") << "017" << I << "15";
        QTest::addRow("binary") << "0b101" << I << "5";
        QTest::addRow("sexagesimal") << "1:30" << I << "90";
        QTest::addRow("float") << "1.5" << F << "1.5";
        QTest::addRow("float needs a dot") << "1e3" << S << "1e3";
        QTest::addRow("float exponent") << "1.0e+3" << F << "1000";
        QTest::addRow("version is a string") << "2.1.0" << S << "2.1.0";
        QTest::addRow("null") << "~" << N << "null";
        QTest::addRow("Null") << "Null" << N << "null";
        QTest::addRow("date") << "2024-01-31" << T << "2024-01-31";
        QTest::addRow("word") << "hello" << S << "hello";
        QTest::addRow("0o is not octal in YAML 1.1") << "0o17" << S << "0o17";
    }
    void plainScalarsResolveLikePyYaml()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, value);
        const YamlValue v = readOne(QByteArrayLiteral("k: ") + text.toUtf8()).value(QStringLiteral("k"));
        QCOMPARE(int(v.type()), type);
        if (v.isFloat())
            QCOMPARE(v.toDouble(), value.toDouble());
        else
            QCOMPARE(v.scalarText(), value);
    }

    void quotedScalarsStayStrings()
    {
        const YamlValue v = readOne("a: 'true'\nb: \"1.0\"\nc: !!str 12\nd: ''\n");
        for (const char *k : {"a", "b", "c", "d"})
            QVERIFY2(v.value(QString::fromLatin1(k)).isString(), k);
        QCOMPARE(v.value(QStringLiteral("d")).text(), QString());
    }

    // Multi-line quoted scalars fold as the YAML spec and PyYAML say, trailing breaks included.
    void quotedLineFolding_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("value");
        QTest::addRow("trailing empty lines, single") << QByteArray("k: 'a\n\n\n  '\n") << "a\n\n";
        QTest::addRow("trailing empty lines, double") << QByteArray("k: \"a\n\n\n  \"\n") << "a\n\n";
        QTest::addRow("one break folds to a space") << QByteArray("k: 'a \n  b'\n") << "a b";
        QTest::addRow("empty lines become breaks") << QByteArray("k: 'a\n\n  b\n\n\n  c'\n") << "a\nb\n\nc";
        QTest::addRow("leading empty line") << QByteArray("k: '\n\n  a'\n") << "\na";
        QTest::addRow("escaped break and space") << QByteArray("k: \"x\\ty\\\n  \\ z \\t\n  w\"\n") << "x\ty z \t w";
        QTest::addRow("quote escape across lines") << QByteArray("k: 'it''s\n\n  here'\n") << "it's\nhere";
    }
    void quotedLineFolding()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, value);
        QCOMPARE(readOne(yaml).value(QStringLiteral("k")).text(), value);
    }

    void writerQuotesOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::addRow("plain") << "hello world" << "k: hello world\n";
        QTest::addRow("looks like bool") << "true" << "k: 'true'\n";
        QTest::addRow("looks like float") << "1.0" << "k: '1.0'\n";
        QTest::addRow("empty") << "" << "k: ''\n";
        QTest::addRow("colon space") << "a: b" << "k: 'a: b'\n";
        QTest::addRow("leading dash") << "- x" << "k: '- x'\n";
        QTest::addRow("comment") << "x #y" << "k: 'x #y'\n";
        QTest::addRow("single quote inside") << "it's" << "k: it's\n";
        QTest::addRow("placeholder") << "{{$.inputs.parameters['x']}}" << "k: '{{$.inputs.parameters[''x'']}}'\n";
        QTest::addRow("newline") << "a\nb" << "k: 'a\n\n  b'\n";
        QTest::addRow("tab") << "a\tb" << "k: \"a\\tb\"\n";
        QTest::addRow("non-ASCII") << QString::fromUtf8("caf\xc3\xa9 \xe2\x80\x94") << "k: \"caf\\xE9 \\u2014\"\n";
        QTest::addRow("trailing space") << "x " << "k: 'x '\n";
    }
    void writerQuotesOnlyWhenNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        YamlValue doc = YamlValue::mapping();
        doc.insert(QStringLiteral("k"), YamlValue::string(value));
        QCOMPARE(QString::fromUtf8(YamlWriter::write(doc)), written);
        // And it reads back as the same string.
        QCOMPARE(readOne(YamlWriter::write(doc)).value(QStringLiteral("k")).text(), value);
    }

    void writerLayout()
    {
        YamlValue doc = YamlValue::mapping();
        doc.insert(QStringLiteral("z"), YamlValue::integer(1));
        YamlValue list = YamlValue::sequence();
        YamlValue item = YamlValue::mapping();
        item.insert(QStringLiteral("b"), YamlValue::real(2.0));
        item.insert(QStringLiteral("a"), YamlValue::boolean(false));
        list.append(item);
        list.append(YamlValue::sequence({YamlValue::string(QStringLiteral("x")), YamlValue::null()}));
        list.append(YamlValue::mapping());
        list.append(YamlValue::sequence());
        doc.insert(QStringLiteral("a"), list);
        QCOMPARE(QString::fromUtf8(YamlWriter::write(doc)),
                 QStringLiteral("a:\n- a: false\n  b: 2.0\n- - x\n  - null\n- {}\n- []\nz: 1\n"));
    }

    void floatsAreWrittenAsPythonDoes_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::addRow("integral") << 2.0 << "2.0";
        QTest::addRow("fraction") << 0.1 << "0.1";
        QTest::addRow("small") << 1e-05 << "1.0e-05";
        QTest::addRow("small digits") << 1.5e-07 << "1.5e-07";
        QTest::addRow("large") << 1e16 << "1.0e+16";
        QTest::addRow("just below") << 123456789012345.0 << "123456789012345.0";
        QTest::addRow("negative") << -3.25 << "-3.25";
        QTest::addRow("inf") << qInf() << ".inf";
    }
    void floatsAreWrittenAsPythonDoes()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(YamlWriter::floatText(value), text);
    }

    void pythonReprOfDefaults()
    {
        const YamlValue v = readOne("a: [1.0, 'x', true, null, {k: \"it's\"}]\n").value(QStringLiteral("a"));
        QCOMPARE(pythonRepr(v), QStringLiteral("[1.0, 'x', True, None, {'k': \"it's\"}]"));
    }

    void pythonJsonOfItems()
    {
        const YamlValue v = readOne("a: [{x: '-1', y: 2.0}, {x: \"caf\\u00e9\", z: [true, null]}]\n").value(QStringLiteral("a"));
        QCOMPARE(pythonJson(v), QStringLiteral("[{\"x\": \"-1\", \"y\": 2.0}, {\"x\": \"caf\\u00e9\", \"z\": [true, null]}]"));
    }

    void anchorsAliasesAndMergeKeys()
    {
        const YamlValue v = readOne("base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\nquoted: {'<<': 1}\n");
        QCOMPARE(v.value(QStringLiteral("use")), v.value(QStringLiteral("base")));
        const YamlValue merged = v.value(QStringLiteral("merged"));
        QCOMPARE(merged.value(QStringLiteral("x")).toInt(), 1);
        QCOMPARE(merged.value(QStringLiteral("y")).toInt(), 3);
        QCOMPARE(merged.size(), 2);
        // A quoted '<<' is an ordinary key.
        QCOMPARE(v.value(QStringLiteral("quoted")).value(QStringLiteral("<<")).toInt(), 1);
    }

    void jsonInput()
    {
        const YamlValue v = readOne(R"({"pipelineInfo": {"name": "p"}, "n": 1.5, "l": [true, null]})");
        QCOMPARE(v.at({"pipelineInfo", "name"})->text(), QStringLiteral("p"));
        QCOMPARE(v.value(QStringLiteral("n")).toDouble(), 1.5);
        const YamlValue list = v.value(QStringLiteral("l"));
        QCOMPARE(list.items().at(0).toBool(), true);
    }

    void malformedInputSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addRow("unclosed flow") << QByteArray("a: 1\nb: [1, 2\n") << 3;
        QTest::addRow("bad indentation") << QByteArray("a:\n  b: 1\n c: 2\n") << 3;
        QTest::addRow("nested plain mapping") << QByteArray("a: 1\nb: c: d\n") << 2;
    }
    void malformedInputSaysWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QList<YamlValue> docs;
        ReadError error;
        QVERIFY(!YamlReader::read(text, &docs, &error));
        QVERIFY2(error.message.startsWith(QStringLiteral("not valid YAML")), qPrintable(error.toString()));
        QVERIFY2(error.line >= line - 1 && error.line <= line, qPrintable(error.toString()));
        QVERIFY(!error.hint.isEmpty());
    }

    void aliasBombIsRefused()
    {
        QByteArray text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 12; ++i) {
            text += QStringLiteral("a%1: &a%1 [").arg(i).toUtf8();
            for (int j = 0; j < 10; ++j)
                text += QStringLiteral("*a%1%2").arg(i - 1).arg(j < 9 ? QStringLiteral(", ") : QString()).toUtf8();
            text += "]\n";
        }
        QList<YamlValue> docs;
        ReadError error;
        QVERIFY(!YamlReader::read(text, &docs, &error));
        QVERIFY2(error.message.contains(QStringLiteral("aliases expand")), qPrintable(error.toString()));
    }

    void controlCharactersAreRefused()
    {
        // Once found by the fuzzer: yaml-cpp never finished on this input.
        const QByteArray text = QByteArray::fromHex("0000002c113" "0f072672c11300a");
        QList<YamlValue> docs;
        ReadError error;
        QVERIFY(!YamlReader::read(text, &docs, &error));
        QVERIFY2(error.message.contains(QStringLiteral("control character")), qPrintable(error.toString()));
        QCOMPARE(error.line, 1);
        QCOMPARE(error.column, 1);
        QVERIFY(!YamlReader::read("a: 1\nb: x\x07y\n", &docs, &error));
        QCOMPARE(error.line, 2);
        QCOMPARE(error.column, 5);
    }

    void deepNestingIsRefused()
    {
        const QByteArray text = QByteArray(100000, '[') + QByteArray(100000, ']');
        QList<YamlValue> docs;
        ReadError error;
        QVERIFY(!YamlReader::read(text, &docs, &error));
        QVERIFY(!error.message.isEmpty());
    }

    // The writer against PyYAML itself: random strings written by us load in PyYAML as the same
    // strings, and PyYAML's safe dumper (sorted keys) writes exactly the same bytes.
    void sameBytesAsPyYaml()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed (installer/install-deps.sh installs it with python3-yaml)");
        QProcess check;
        check.start(python, {QStringLiteral("-c"), QStringLiteral("import yaml")});
        check.waitForFinished();
        if (check.exitCode() != 0)
            QSKIP("python3-yaml is not installed (installer/install-deps.sh installs it)");

        QRandomGenerator rng(20261128);
        const QString alphabet = QStringLiteral("abc XYZ 019 ' \" \\ : # - ? , [ ] { } & * ! | > % @ ` \n\t {{$}} ~ . =");
        YamlValue doc = YamlValue::mapping();
        YamlValue strings = YamlValue::sequence();
        for (int i = 0; i < 400; ++i) {
            QString s;
            const int len = int(rng.bounded(i % 10 == 0 ? 300 : 40));
            for (int j = 0; j < len; ++j)
                s += alphabet.at(int(rng.bounded(alphabet.size())));
            if (i % 7 == 0)
                s += QString::fromUtf8("\xc3\xa9\xe2\x80\x94");
            strings.append(YamlValue::string(s));
        }
        doc.insert(QStringLiteral("strings"), strings);
        YamlValue nested = YamlValue::mapping();
        nested.insert(QStringLiteral("values"), YamlValue::sequence({YamlValue::real(0.1), YamlValue::integer(-3),
                                                                   YamlValue::boolean(true), YamlValue::null()}));
        nested.insert(QStringLiteral("a key: with colon"), YamlValue::string(QStringLiteral("v")));
        doc.insert(QStringLiteral("nested"), YamlValue::sequence({nested}));
        const QByteArray ours = YamlWriter::write(doc);

        QProcess py;
        py.start(python, {QStringLiteral("-c"),
                          QStringLiteral("import sys, yaml\n"
                                         "d = yaml.safe_load(sys.stdin.buffer.read())\n"
                                         "sys.stdout.write(yaml.safe_dump(d, sort_keys=True))\n")});
        QVERIFY(py.waitForStarted());
        py.write(ours);
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(60000));
        QCOMPARE(py.exitCode(), 0);
        const QByteArray theirs = py.readAllStandardOutput();
        if (theirs != ours) {
            const QList<QByteArray> a = ours.split('\n'), b = theirs.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a.at(i) != b.at(i)) {
                    qWarning() << "first difference at line" << i + 1 << "\n ours:  " << a.at(i) << "\n PyYAML:" << b.at(i);
                    break;
                }
            }
        }
        QCOMPARE(theirs, ours);
        // And our reader loads PyYAML's text back to the same tree.
        QVERIFY(readOne(theirs) == doc);
    }
};

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"
