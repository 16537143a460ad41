// SPDX-License-Identifier: GPL-3.0-or-later
// Team projects in PostgreSQL/PostGIS against a real, throwaway server (tests/support/PgCluster):
// .hplan -> database -> .hplan unchanged; hostile names; eight planners editing at once with nothing
// lost; per-candidate conflicts naming whose edit and when; a read-only role; NOTIFY; and the server
// killed mid-save, which leaves the old or the new project, never half of one.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include <ogrsf_frmts.h>

#include "geo/Error.h"
#include "project/DatabaseProject.h"
#include "project/ProjectFile.h"
#include "project/ProjectLocation.h"
#include "support/PgCluster.h"
#include "support/SquareForestProject.h"
#include "support/TestGeometry.h"

using namespace hp;
using namespace hp::project;

namespace {

std::string wkt(const OGRGeometry& g) {
  char* text = nullptr;
  g.exportToWkt(&text, wkbVariantIso);
  std::string s = text ? text : "";
  CPLFree(text);
  return s;
}

// Everything a .hplan holds (not where a database keeps it: revisions are the database's own).
void compareProjects(const Project& a, const Project& b) {
  QCOMPARE(a.crs.wkt(), b.crs.wkt());
  QCOMPARE(a.modelJson, b.modelJson);
  QCOMPARE(a.activeForestVersion, b.activeForestVersion);
  QCOMPARE(a.embedData, b.embedData);
  QCOMPARE(a.view.extent.minX, b.view.extent.minX);
  QCOMPARE(a.view.extent.maxY, b.view.extent.maxY);
  QCOMPARE(a.layers.size(), b.layers.size());
  for (std::size_t i = 0; i < a.layers.size(); ++i) {
    QCOMPARE(a.layers[i].role, b.layers[i].role);
    QCOMPARE(a.layers[i].name, b.layers[i].name);
    QCOMPARE(a.layers[i].path, b.layers[i].path);
    QCOMPARE(a.layers[i].layerName, b.layers[i].layerName);
    QCOMPARE(a.layers[i].visible, b.layers[i].visible);
    QCOMPARE(a.layers[i].opacity, b.layers[i].opacity);
    QCOMPARE(a.layers[i].styleJson, b.layers[i].styleJson);
  }
  QCOMPARE(a.forestVersions.size(), b.forestVersions.size());
  for (std::size_t i = 0; i < a.forestVersions.size(); ++i) {
    QCOMPARE(a.forestVersions[i].id, b.forestVersions[i].id);
    QCOMPARE(a.forestVersions[i].date, b.forestVersions[i].date);
    QCOMPARE(a.forestVersions[i].path, b.forestVersions[i].path);
    QCOMPARE(a.forestVersions[i].method, b.forestVersions[i].method);
    QCOMPARE(a.forestVersions[i].source, b.forestVersions[i].source);
  }
  QCOMPARE(a.candidates.size(), b.candidates.size());
  for (std::size_t i = 0; i < a.candidates.size(); ++i) {
    QCOMPARE(a.candidates[i].name, b.candidates[i].name);
    QCOMPARE(a.candidates[i].color, b.candidates[i].color);
    QCOMPARE(a.candidates[i].parcelIds, b.candidates[i].parcelIds);
    QCOMPARE(a.candidates[i].drawn.size(), b.candidates[i].drawn.size());
    for (std::size_t j = 0; j < a.candidates[i].drawn.size(); ++j)
      QCOMPARE(wkt(*a.candidates[i].drawn[j]), wkt(*b.candidates[i].drawn[j]));
  }
}

Candidate candidate(const std::string& name, std::vector<ParcelId> ids, std::vector<std::shared_ptr<const OGRGeometry>> drawn = {}) {
  Candidate c;
  c.name = name;
  c.color = "#1f77b4";
  c.parcelIds = std::move(ids);
  c.drawn = std::move(drawn);
  return c;
}

Candidate* byName(Project& p, const std::string& name) {
  for (Candidate& c : p.candidates)
    if (c.name == name) return &c;
  return nullptr;
}

// The rights TEAMS.md tells an administrator to grant: planners change projects, viewers read them.
const char* kGrants =
    "GRANT USAGE ON SCHEMA habitat, habitat_data TO planners, viewers;"
    "GRANT SELECT ON ALL TABLES IN SCHEMA habitat, habitat_data TO planners, viewers;"
    "GRANT INSERT, UPDATE, DELETE ON habitat.projects, habitat.layers, habitat.forest_versions,"
    " habitat.candidates, habitat.views TO planners;"
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA habitat TO planners;"
    "GRANT CREATE ON SCHEMA habitat_data TO planners;";

}  // namespace

class TestPgProject : public QObject {
  Q_OBJECT

  test::PgCluster cluster_;
  QTemporaryDir dir_;
  Project square_;

  std::string location(const std::string& project, const std::string& user = "postgres") const {
    return databaseLocation(cluster_.uri("hp", user), project);
  }

  // The square project with three candidates, two forest versions' worth of settings and a view.
  Project sample() const {
    Project p = square_;
    p.modelJson = "{\"min_canopy_pct\": 55}";
    p.view.extent.include(600000.5, 4800000.25);
    p.view.extent.include(610000, 4810000.75);
    p.layers[0].opacity = 0.8;
    p.layers[0].styleJson = "{\"ramp\":\"greens\"}";
    p.layers[1].visible = false;
    p.forestVersions = {{1, "2024-06-01", p.layers[0].path, "canopy", "Sentinel-2 L2A"}};
    p.activeForestVersion = 1;
    p.candidates = {candidate("Борисовское плато", {"1", "2"}, {test::rect(600000, 4800000, 605000, 4805000)}),
                    candidate("East", {"3"}),
                    candidate("Empty", {})};
    return p;
  }

 private slots:
  void initTestCase() {
    HP_START_PG_CLUSTER(cluster_);
    QVERIFY(dir_.isValid());
    square_ = test::writeSquareForestProject(dir_.path().toStdString());
    QVERIFY(!square_.layers.empty());
    // The schema comes with the first publish; the roles are the administrator's.
    DatabaseProject first(location("first"));
    first.publish(sample());
    QVERIFY2(cluster_.sql(QStringLiteral("CREATE ROLE planners; CREATE ROLE viewers;"
                                         "CREATE ROLE alice LOGIN IN ROLE planners; CREATE ROLE bob LOGIN IN ROLE planners;"
                                         "CREATE ROLE viewer LOGIN IN ROLE viewers;") +
                              QString::fromLatin1(kGrants)),
             qPrintable(cluster_.error()));
  }

  void locations() {
    const DatabaseLocation uri = parseDatabaseLocation("postgresql://alice@%2Ftmp%2Fs/hp?project=West%20ridge&sslmode=disable");
    QCOMPARE(uri.project, std::string("West ridge"));
    QCOMPARE(uri.conninfo, std::string("postgresql://alice@%2Ftmp%2Fs/hp?sslmode=disable"));
    const DatabaseLocation service = parseDatabaseLocation("pg:service=teams project='it\\'s; mine'");
    QCOMPARE(service.project, std::string("it's; mine"));
    QCOMPARE(service.conninfo, std::string("service='teams'"));
    QCOMPARE(parseDatabaseLocation("pg:").conninfo, std::string());
    QVERIFY(isDatabaseLocation("postgres://h/db"));
    QVERIFY(!isDatabaseLocation("/home/me/plan.hplan"));
    // The formatted location reads back as the same project and connection.
    const std::string back = databaseLocation(service.conninfo, service.project);
    QCOMPARE(parseDatabaseLocation(back).project, service.project);
    QCOMPARE(parseDatabaseLocation(databaseLocation(uri.conninfo, "a&b=c d")).project, std::string("a&b=c d"));
    for (const char* withPassword : {"postgresql://alice:secret@host/hp", "pg:host=h password=secret", "postgresql://h/hp?password=x"}) {
      try {
        parseDatabaseLocation(withPassword);
        QFAIL(withPassword);
      } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::InvalidInput);
        QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral(".pgpass")), e.what());
      }
    }
  }

  void roundTripThroughTheDatabase() {
    const std::string file = dir_.filePath(QStringLiteral("square.hplan")).toStdString();
    saveProject(sample(), file);
    const Project original = loadProject(file).project;

    DatabaseProject db(location("round trip"));
    QVERIFY(!db.exists());
    const Project published = db.publish(original);
    compareProjects(published, original);
    QVERIFY(published.revision.id > 0);
    QCOMPARE(published.revision.version, 1);
    QCOMPARE(published.revision.updatedBy, std::string("postgres"));
    for (const Candidate& c : published.candidates) {
      QVERIFY(c.revision.id > 0);
      QCOMPARE(c.revision.version, 1);
      QCOMPARE(c.revision.updatedAt.size(), std::size_t(20));  // 2026-01-02T03:04:05Z
    }

    // Any command opens it by location; a copy taken back is the .hplan it came from.
    const LoadedProject opened = openProject(location("round trip"));
    QVERIFY(opened.missingFiles.empty());
    compareProjects(opened.project, original);
    const std::string copy = dir_.filePath(QStringLiteral("copy.hplan")).toStdString();
    saveProjectAt(opened.project, copy);
    compareProjects(loadProject(copy).project, original);
  }

  // A database project has no folder: files anywhere are fine, the network only when allowed.
  void networkReferencesNeedPermission() {
    Project p = sample();
    p.layers.push_back({LayerRole::Other, "Remote", "/vsicurl/http://example.invalid/remote.tif", "", true, 1, ""});
    DatabaseProject(location("remote")).publish(p);
    try {
      openProject(location("remote"));
      QFAIL("a database project reached the network without permission");
    } catch (const Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidInput);
      QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("example.invalid")), e.what());
    }
    const LoadedProject allowed = openProject(location("remote"), allowExternal());
    QCOMPARE(allowed.externalReferences.size(), std::size_t(1));
    QCOMPARE(openProject(location("round trip")).externalReferences.size(), std::size_t(0));
  }

  void embeddedVectorsBecomeTables() {
    Project p = sample();
    p.embedData = true;
    DatabaseProject db(location("embedded"));
    const Project published = db.publish(p);
    // Basins and parcels are tables of the database now; the forest raster stays a file.
    QCOMPARE(published.layers[0].path, p.layers[0].path);
    for (int i : {1, 2}) {
      QVERIFY2(published.layers[i].path.rfind("PG:", 0) == 0, published.layers[i].path.c_str());
      QVERIFY(published.layers[i].layerName.rfind("habitat_data.layer_", 0) == 0);
    }
    QString count;
    QVERIFY(cluster_.sql(QStringLiteral("SELECT count(*), sum(price_usd) FROM ") + QString::fromStdString(published.layers[2].layerName),
                         QStringLiteral("hp"), QStringLiteral("postgres"), &count));
    QCOMPARE(count, QStringLiteral("3|4000000"));
    // The copy back embeds them in the .hplan again: one file with the same parcels.
    const std::string copy = dir_.filePath(QStringLiteral("embedded-copy.hplan")).toStdString();
    saveProjectAt(openProject(location("embedded")).project, copy);
    const Project back = loadProject(copy).project;
    QVERIFY(isEmbeddedReference(back.layers[2].path, back.layers[2].layerName));
    GDALDatasetUniquePtr gpkg(GDALDataset::Open(back.layers[2].path.c_str(), GDAL_OF_VECTOR));
    QVERIFY(gpkg);
    OGRLayer* parcels = gpkg->GetLayerByName(back.layers[2].layerName.c_str());
    QVERIFY(parcels);
    QCOMPARE(parcels->GetFeatureCount(), GIntBig(3));
    double sum = 0;
    for (auto& f : *parcels) sum += f->GetFieldAsDouble("price_usd");
    QCOMPARE(sum, 4.0e6);
  }

  void hostileNamesAndIds() {
    const std::string name = "x'); DROP TABLE habitat.candidates; --\"; \\";
    Project p = sample();
    p.candidates = {candidate("'; DELETE FROM habitat.projects; --", {"1'); DROP TABLE t; --", "a,b", "\"q\"", "back\\slash", "{1,2}", "NULL", " spaced "}),
                    candidate("$1 $$ ;;", {"$2"})};
    p.layers[1].name = "Basins'; --";
    p.layers[1].styleJson = "{\"label\": \"it's; \\\"quoted\\\"\"}";
    for (const std::string& where : {location(name), "pg:" + cluster_.conninfo() + " project=" + pg::quoteConninfoValue(name + " 2")}) {
      DatabaseProject db(where);
      const Project published = db.publish(p);
      compareProjects(published, p);
      Project edited = published;
      edited.candidates[1].parcelIds.push_back("'); UPDATE habitat.candidates SET name = 'owned'; --");
      compareProjects(db.save(edited, &published), edited);
    }
    QString out;
    QVERIFY(cluster_.sql(QStringLiteral("SELECT count(*) FROM habitat.candidates WHERE name = 'owned'"), QStringLiteral("hp"),
                         QStringLiteral("postgres"), &out));
    QCOMPARE(out, QStringLiteral("0"));
    DatabaseProject reopened(location(name + " 2"));
    QCOMPARE(reopened.load().project.candidates[0].parcelIds.size(), std::size_t(7));
  }

  void conflictsNameWhoseEditAndWhen() {
    DatabaseProject(location("shared")).publish(sample());
    DatabaseProject alice(location("shared", "alice")), bob(location("shared", "bob"));
    const Project aliceBase = alice.load().project, bobBase = bob.load().project;

    Project aliceEdit = aliceBase;
    aliceEdit.candidates[1].parcelIds.push_back("4");
    const Project afterAlice = alice.save(aliceEdit, &aliceBase);
    QCOMPARE(afterAlice.candidates[1].revision.version, 2);
    QCOMPARE(afterAlice.candidates[1].revision.updatedBy, std::string("alice"));

    // Bob changes the same candidate from his older copy: refused, naming alice and when.
    Project bobEdit = bobBase;
    bobEdit.candidates[1].parcelIds = {"5"};
    bobEdit.candidates[0].color = "#00ff00";  // a change nobody else made: it waits with the rest
    try {
      bob.save(bobEdit, &bobBase);
      QFAIL("bob's save overwrote alice's edit");
    } catch (const EditConflict& conflict) {
      QCOMPARE(conflict.code(), ErrorCode::EditConflict);
      QCOMPARE(conflict.edits().size(), std::size_t(1));
      const ConflictingEdit& e = conflict.edits()[0];
      QCOMPARE(e.candidate, std::string("East"));
      QCOMPARE(e.by, std::string("alice"));
      QCOMPARE(e.at, afterAlice.candidates[1].revision.updatedAt);
      QCOMPARE(e.baseVersion, 1);
      QCOMPARE(e.theirVersion, 2);
      const QString message = QString::fromStdString(conflict.what());
      QVERIFY2(message.contains(QStringLiteral("candidate 'East' was changed by alice at ") + QString::fromStdString(e.at)), conflict.what());
      QVERIFY2(!message.contains(QLatin1Char('\n')), conflict.what());
    }
    // Nothing of the refused save was written: not even the colour nobody else touched.
    QCOMPARE(bob.load().project.candidates[0].color, std::string("#1f77b4"));

    // Keep both: alice's edit stays, bob's becomes a new candidate beside it.
    Project both;
    try {
      bob.save(bobEdit, &bobBase);
    } catch (const EditConflict& conflict) {
      both = bob.save(keepBoth(bobEdit, bobBase, conflict, " (bob)"), &bobBase);
    }
    QCOMPARE(both.candidates.size(), std::size_t(4));
    QCOMPARE(byName(both, "East")->parcelIds, (std::vector<ParcelId>{"3", "4"}));
    QCOMPARE(byName(both, "East (bob)")->parcelIds, (std::vector<ParcelId>{"5"}));
    QCOMPARE(byName(both, "East (bob)")->revision.updatedBy, std::string("bob"));
    QCOMPARE(both.candidates[0].color, std::string("#00ff00"));

    // Alice deletes what bob changed meanwhile: refused too.
    const Project aliceNow = alice.load().project;
    Project bobAgain = both;
    byName(bobAgain, "Empty")->parcelIds = {"9"};
    bob.save(bobAgain, &both);
    Project aliceDelete = aliceNow;
    aliceDelete.candidates.erase(aliceDelete.candidates.begin() + (byName(aliceDelete, "Empty") - aliceDelete.candidates.data()));
    try {
      alice.save(aliceDelete, &aliceNow);
      QFAIL("alice deleted bob's newer edit");
    } catch (const EditConflict& conflict) {
      QVERIFY(conflict.edits().at(0).youDeleted);
      QCOMPARE(conflict.edits()[0].by, std::string("bob"));
    }
    // And bob changing what alice deleted names her deletion.
    const Project bobLatest = bob.load().project;
    const Project aliceLatest = alice.load().project;
    Project aliceDeletesEast = aliceLatest;
    aliceDeletesEast.candidates.erase(aliceDeletesEast.candidates.begin() + (byName(aliceDeletesEast, "East") - aliceDeletesEast.candidates.data()));
    QCOMPARE(alice.save(aliceDeletesEast, &aliceLatest).candidates.size(), std::size_t(3));
    Project bobStale = bobLatest;
    byName(bobStale, "East")->color = "#ffffff";
    try {
      bob.save(bobStale, &bobLatest);
      QFAIL("bob's save resurrected a deleted candidate");
    } catch (const EditConflict& conflict) {
      QCOMPARE(conflict.edits().at(0).theirVersion, 0);
      QCOMPARE(conflict.edits()[0].by, std::string("alice"));
      QVERIFY2(QString::fromStdString(conflict.what()).contains(QStringLiteral("was deleted by alice")), conflict.what());
    }

    // The change log tells who did what.
    QString log;
    QVERIFY(cluster_.sql(QStringLiteral("SELECT string_agg(changed_by || ' ' || action || ' ' || candidate_name, ', ' ORDER BY l.id)"
                                        " FROM habitat.change_log l JOIN habitat.projects p ON p.id = l.project_id"
                                        " WHERE p.name = 'shared' AND l.candidate_id IS NOT NULL AND l.action <> 'insert'"),
                         QStringLiteral("hp"), QStringLiteral("postgres"), &log));
    QCOMPARE(log, QStringLiteral("alice update East, bob update Борисовское плато, bob update Empty, alice delete East"));
  }

  void othersHearOfSaves() {
    DatabaseProject(location("heard")).publish(sample());
    DatabaseProject(location("elsewhere")).publish(sample());
    DatabaseProject listener(location("heard", "bob")), writer(location("heard", "alice")),
        other(location("elsewhere", "alice"));
    listener.listen();
    const Project base = writer.load().project;
    Project edited = base;
    edited.candidates[2].parcelIds = {"1"};
    writer.save(edited, &base);
    // A save to another project is not this project's news.
    const Project otherBase = other.load().project;
    Project otherEdit = otherBase;
    otherEdit.candidates[0].color = "#000000";
    other.save(otherEdit, &otherBase);

    std::vector<DatabaseProject::Change> heard;
    for (int i = 0; i < 50 && heard.empty(); ++i) heard = listener.othersChanges(100);
    QCOMPARE(heard.size(), std::size_t(1));
    QCOMPARE(heard[0].candidateId, base.candidates[2].revision.id);
    QCOMPARE(heard[0].action, std::string("update"));
    QCOMPARE(heard[0].version, 2);
    QCOMPARE(heard[0].by, std::string("alice"));
    QVERIFY(listener.othersChanges(300).empty());

    // The listener's own save is not news to itself.
    const Project mine = listener.load().project;
    Project mineEdited = mine;
    mineEdited.candidates[1].parcelIds.push_back("2");
    listener.save(mineEdited, &mine);
    QVERIFY(listener.othersChanges(300).empty());

    const std::vector<DatabaseProject::LogEntry> log = listener.changeLog(2);
    QCOMPARE(log.size(), std::size_t(2));
    QCOMPARE(log[0].by, std::string("bob"));
    QCOMPARE(log[0].candidate, std::string("East"));
    QCOMPARE(log[0].detail, std::string("2 parcels"));
    QCOMPARE(log[1].by, std::string("alice"));
    QCOMPARE(log[1].candidate, std::string("Empty"));
    QCOMPARE(log[1].version, 2);
    QCOMPARE(log[1].at.size(), std::size_t(20));
  }

  void readOnlyRoleIsRefused() {
    const Project published = DatabaseProject(location("guarded")).publish(sample());
    DatabaseProject viewer(location("guarded", "viewer"));
    const Project seen = viewer.load().project;
    compareProjects(seen, published);
    Project edited = seen;
    edited.candidates[0].parcelIds.push_back("3");
    // The message of the error a change throws; "" when it throws none, or not a read-only one.
    const auto refused = [&](auto&& change) -> bool {
      try {
        change();
      } catch (const Error& e) {
        const QString message = QString::fromStdString(e.what());
        const bool ok = e.code() == ErrorCode::ReadOnly && message.contains(QStringLiteral("database hp")) &&
                        message.contains(QStringLiteral("read-only")) && !message.contains(QLatin1Char('\n'));
        if (!ok) qWarning("%s", e.what());
        return ok;
      }
      return false;
    };
    QVERIFY(refused([&] { viewer.save(edited, &seen); }));
    QVERIFY(refused([&] { DatabaseProject(location("viewer's own", "viewer")).publish(sample()); }));
    QVERIFY(refused([&] { viewer.remove(); }));
    // Past the check, the server's own refusal reads the same.
    QVERIFY(refused([&] { viewer.connection().exec("DELETE FROM habitat.candidates"); }));
    compareProjects(DatabaseProject(location("guarded")).load().project, published);
  }

  // 8 planners, 1,000 edits: each appends its own parcel id to a random candidate, and on a conflict
  // reloads and applies the edit again. Every id must be there at the end, exactly once.
  void eightPlannersLoseNothing() {
    constexpr int kClients = 8, kEdits = 1000, kCandidates = 6;
    Project p = sample();
    p.candidates.clear();
    for (int i = 0; i < kCandidates; ++i) p.candidates.push_back(candidate("C" + std::to_string(i), {}));
    DatabaseProject(location("busy")).publish(p);

    std::atomic<int> conflicts{0}, failures{0};
    std::mutex errorMutex;
    std::string firstError;
    const auto started = std::chrono::steady_clock::now();
    std::vector<std::thread> clients;
    for (int k = 0; k < kClients; ++k)
      clients.emplace_back([&, k] {
        try {
          DatabaseProject db(location("busy", k % 2 ? "alice" : "bob"));
          std::mt19937 random(unsigned(k) * 7919u);
          Project base = db.load().project;
          for (int n = k; n < kEdits; n += kClients) {
            const std::size_t which = random() % kCandidates;
            const std::string id = "k" + std::to_string(k) + "-" + std::to_string(n);
            for (;;) {
              Project edited = base;
              edited.candidates[which].parcelIds.push_back(id);
              try {
                base = db.save(edited, &base);
                break;
              } catch (const EditConflict&) {
                ++conflicts;
                base = db.load().project;
              }
            }
          }
        } catch (const std::exception& e) {
          ++failures;
          std::lock_guard<std::mutex> lock(errorMutex);
          if (firstError.empty()) firstError = e.what();
        }
      });
    for (std::thread& t : clients) t.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    QVERIFY2(failures == 0, firstError.c_str());

    const Project result = DatabaseProject(location("busy")).load().project;
    std::multiset<std::string> ids;
    int versions = 0;
    for (const Candidate& c : result.candidates) {
      ids.insert(c.parcelIds.begin(), c.parcelIds.end());
      versions += c.revision.version - 1;
    }
    QCOMPARE(int(ids.size()), kEdits);
    QCOMPARE(int(std::set<std::string>(ids.begin(), ids.end()).size()), kEdits);
    QCOMPARE(versions, kEdits);  // one version per edit: none overwritten, none doubled
    QString logged;
    QVERIFY(cluster_.sql(QStringLiteral("SELECT count(*) FROM habitat.change_log l JOIN habitat.projects p ON p.id = l.project_id"
                                        " WHERE p.name = 'busy' AND l.action = 'update' AND l.candidate_id IS NOT NULL"),
                         QStringLiteral("hp"), QStringLiteral("postgres"), &logged));
    QCOMPARE(logged.toInt(), kEdits);
    std::printf("PG-FIGURES: %d clients, %d edits, %d conflicts retried, %.1f s, %.0f edits/s\n", kClients, kEdits,
                conflicts.load(), seconds, kEdits / seconds);
  }

  // The server is SIGKILLed while a client saves (every candidate rewritten per save, so a half save
  // would show); after the restart the project is exactly the last save the client saw commit, or the
  // one it was making.
  void killedMidSaveLeavesOldOrNew() {
    constexpr int kCandidates = 20, kIdsPerCandidate = 400, kKills = 5;
    Project p = sample();
    p.candidates.clear();
    auto generation = [&](Project& project, int g) {
      for (int i = 0; i < kCandidates; ++i) {
        std::vector<ParcelId> ids;
        for (int j = 0; j < kIdsPerCandidate; ++j) ids.push_back("g" + std::to_string(g) + "-" + std::to_string(j));
        if (int(project.candidates.size()) <= i) project.candidates.push_back(candidate("C" + std::to_string(i), {}));
        project.candidates[i].parcelIds = std::move(ids);
      }
    };
    generation(p, 0);
    DatabaseProject(location("crash")).publish(p);
    std::mt19937 random(20240611u);
    int lastSeen = 0;
    for (int kill = 0; kill < kKills; ++kill) {
      std::atomic<int> committed{lastSeen};
      std::atomic<bool> stop{false};
      std::thread saver([&] {
        try {
          DatabaseProject db(location("crash"));
          Project base = db.load().project;
          for (int g = committed + 1; !stop; ++g) {
            Project edited = base;
            generation(edited, g);
            base = db.save(edited, &base);
            committed = g;
          }
        } catch (const Error&) {
          // The server went away mid-save: expected.
        }
      });
      // Let a few saves commit, then kill at a random moment of the next.
      while (committed < lastSeen + 2) std::this_thread::sleep_for(std::chrono::milliseconds(5));
      std::this_thread::sleep_for(std::chrono::milliseconds(random() % 40));
      QVERIFY2(cluster_.killAndRestart(), qPrintable(cluster_.error()));
      stop = true;
      saver.join();
      const Project after = DatabaseProject(location("crash")).load().project;
      QCOMPARE(int(after.candidates.size()), kCandidates);
      const std::string tag = after.candidates[0].parcelIds.at(0).substr(0, after.candidates[0].parcelIds[0].find('-'));
      const int g = std::stoi(tag.substr(1));
      for (const Candidate& c : after.candidates) {
        QCOMPARE(int(c.parcelIds.size()), kIdsPerCandidate);
        for (const ParcelId& id : c.parcelIds) QVERIFY2(id.rfind(tag + "-", 0) == 0, id.c_str());
      }
      QVERIFY2(g == committed || g == committed + 1, qPrintable(QStringLiteral("generation %1 after %2 committed").arg(g).arg(committed.load())));
      std::printf("PG-FIGURES: kill %d: %d saves committed, found generation %d\n", kill + 1, committed.load(), g);
      lastSeen = g;
    }
  }
};

QTEST_GUILESS_MAIN(TestPgProject)
#include "test_pg_project.moc"
