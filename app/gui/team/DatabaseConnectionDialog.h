// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;
class QSpinBox;

namespace hp::gui {

// Where a team project lives: service, host, port, database, user and the project's name, pre-filled
// from PGSERVICE, PGHOST, PGPORT, PGDATABASE and PGUSER. Connect lists the projects in that database.
// There is no password field: libpq reads ~/.pgpass and pg_service.conf itself, and a location never
// carries a password. location() is what `habitat-cli --project` accepts ("pg:" + a connection string).
class DatabaseConnectionDialog : public QDialog {
  Q_OBJECT
 public:
  // `publishing`: the project name is typed (a new project), not only picked from the list.
  explicit DatabaseConnectionDialog(bool publishing, QWidget* parent = nullptr);

  // The libpq connection string of the fields (empty fields left out: libpq fills them in).
  QString conninfo() const;
  // "pg:<conninfo> project=<name>"; the project part is left out when no name is given.
  QString location() const;
  QString projectName() const;

  QLineEdit* serviceEdit() const { return service_; }
  QLineEdit* hostEdit() const { return host_; }
  QSpinBox* portEdit() const { return port_; }
  QLineEdit* databaseEdit() const { return database_; }
  QLineEdit* userEdit() const { return user_; }
  QLineEdit* projectEdit() const { return project_; }
  QListWidget* projectList() const { return projects_; }
  QPushButton* connectButton() const { return connect_; }
  QPushButton* okButton() const { return ok_; }

 public slots:
  // Connects and lists the database's projects; a failure is shown in the dialog, naming the cause.
  void connectAndList();

 private:
  void updateOk();

  bool publishing_;
  QLineEdit* service_;
  QLineEdit* host_;
  QSpinBox* port_;
  QLineEdit* database_;
  QLineEdit* user_;
  QLineEdit* project_;
  QListWidget* projects_;
  QLabel* status_;
  QPushButton* connect_;
  QPushButton* ok_;
};

}  // namespace hp::gui
