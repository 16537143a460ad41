// SPDX-License-Identifier: GPL-3.0-or-later
// The sample project (sample.hplan): four layers by role, two example candidates drawn from the data.
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <set>

#include "io/VectorReader.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"
#include "sample/SampleProject.h"

using namespace hp;
using namespace hp::project;

class TestSampleProject : public QObject {
  Q_OBJECT
  QTemporaryDir tmp_;

 private slots:
  void writesAProjectWithTwoCandidates() {
    const std::string dir = tmp_.filePath("s").toStdString();
    const std::string path = writeSample(dir);
    QCOMPARE(path, dir + "/sample.hplan");
    const LoadedProject loaded = loadProject(path);
    QVERIFY(loaded.missingFiles.empty());
    const Project& p = loaded.project;
    QCOMPARE(p.crs.epsg().value_or(0), 32652);
    for (LayerRole role : {LayerRole::Forest, LayerRole::Basins, LayerRole::Parcels, LayerRole::Reserve})
      QVERIFY2(p.layer(role), roleName(role));
    QCOMPARE(p.candidates.size(), std::size_t(2));

    // Every parcel of both candidates exists, is forest and can be bought; the two do not overlap.
    const VectorLayer parcels = readVectorLayer(p.layer(LayerRole::Parcels)->path);
    const int idField = parcels.fieldIndex("parcel_id"), use = parcels.fieldIndex("land_use"),
              status = parcels.fieldIndex("status");
    std::map<std::string, const Feature*> byId;
    for (const Feature& f : parcels.features) byId[parcelIdText(f.attributes[idField])] = &f;
    std::set<std::string> seen;
    for (const Candidate& c : p.candidates) {
      QVERIFY2(c.parcelIds.size() >= 3, c.name.c_str());
      for (const std::string& id : c.parcelIds) {
        QVERIFY(byId.count(id));
        QCOMPARE(toString(byId[id]->attributes[use]), std::string("forest"));
        const std::string s = toString(byId[id]->attributes[status]);
        QVERIFY(s == "available" || s == "under negotiation");
        seen.insert(id);
      }
    }
    QCOMPARE(seen.size(), p.candidates[0].parcelIds.size() + p.candidates[1].parcelIds.size());
    // The extension grows outwards from the reserve: it holds every purchasable forest parcel
    // that touches the reserve, none farther than 16 km, and a whole leopard territory on its own.
    const VectorLayer reserve = readVectorLayer(p.layer(LayerRole::Reserve)->path);
    const OGRGeometry* reserveGeometry = reserve.features.front().geometry.get();
    const std::vector<std::string>& extension = p.candidates[0].parcelIds;
    for (const std::string& id : extension) QVERIFY(byId[id]->geometry->Distance(reserveGeometry) <= 16000.0);
    for (const auto& [id, f] : byId) {
      const std::string s = toString(f->attributes[status]);
      const bool purchasableForest = toString(f->attributes[use]) == "forest" && (s == "available" || s == "under negotiation");
      if (purchasableForest && f->geometry->Distance(reserveGeometry) <= 1.0)
        QVERIFY2(std::binary_search(extension.begin(), extension.end(), id, parcelIdLess), id.c_str());
    }
    const std::vector<CandidateFigures> figures = evaluateCandidates(p, loadProjectData(p));
    QVERIFY(figures[0].capacity.leopards >= 1);
  }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "test_sample_project.moc"
