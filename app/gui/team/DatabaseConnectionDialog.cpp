// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/team/DatabaseConnectionDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "pg/Connection.h"
#include "project/DatabaseProject.h"

namespace hp::gui {

namespace {

QLineEdit* fromEnvironment(const char* variable, const QString& placeholder, QWidget* parent) {
  auto* edit = new QLineEdit(qEnvironmentVariable(variable), parent);
  edit->setPlaceholderText(placeholder);
  return edit;
}

}  // namespace

DatabaseConnectionDialog::DatabaseConnectionDialog(bool publishing, QWidget* parent)
    : QDialog(parent), publishing_(publishing),
      service_(fromEnvironment("PGSERVICE", tr("from pg_service.conf, e.g. plans"), this)),
      host_(fromEnvironment("PGHOST", tr("default: local socket"), this)),
      port_(new QSpinBox(this)),
      database_(fromEnvironment("PGDATABASE", tr("default: your user name"), this)),
      user_(fromEnvironment("PGUSER", tr("default: your login"), this)),
      project_(new QLineEdit(this)), projects_(new QListWidget(this)), status_(new QLabel(this)),
      connect_(new QPushButton(tr("&Connect"), this)), ok_(nullptr) {
  setObjectName(QStringLiteral("databaseConnectionDialog"));
  setWindowTitle(publishing ? tr("Publish to Database") : tr("Open from Database"));
  // 0 shows as "default": libpq then takes PGPORT, the service's port or 5432.
  port_->setRange(0, 65535);
  port_->setSpecialValueText(tr("default"));
  port_->setValue(qEnvironmentVariableIntValue("PGPORT"));
  project_->setPlaceholderText(publishing ? tr("name of the new project") : tr("pick one from the list"));

  auto* form = new QFormLayout;
  form->addRow(tr("&Service:"), service_);
  form->addRow(tr("&Host:"), host_);
  form->addRow(tr("&Port:"), port_);
  form->addRow(tr("&Database:"), database_);
  form->addRow(tr("&User:"), user_);

  auto* note = new QLabel(tr("Passwords are read from ~/.pgpass or the service file, never stored in a project."), this);
  note->setWordWrap(true);
  note->setEnabled(false);  // greyed: a hint, not a field
  status_->setWordWrap(true);
  status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  projects_->setMinimumHeight(100);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  ok_->setText(publishing ? tr("&Publish") : tr("&Open"));

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(note);
  layout->addWidget(connect_, 0, Qt::AlignLeft);
  layout->addWidget(new QLabel(tr("Projects in this database:"), this));
  layout->addWidget(projects_);
  auto* projectForm = new QFormLayout;
  projectForm->addRow(tr("P&roject:"), project_);
  layout->addLayout(projectForm);
  layout->addWidget(status_);
  layout->addWidget(buttons);

  connect(connect_, &QPushButton::clicked, this, &DatabaseConnectionDialog::connectAndList);
  connect(projects_, &QListWidget::currentTextChanged, project_, &QLineEdit::setText);
  connect(projects_, &QListWidget::itemDoubleClicked, this, [this] {
    if (ok_->isEnabled()) accept();
  });
  connect(project_, &QLineEdit::textChanged, this, &DatabaseConnectionDialog::updateOk);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  updateOk();
  resize(sizeHint().expandedTo(QSize(440, 0)));
}

QString DatabaseConnectionDialog::conninfo() const {
  QStringList parts;
  const auto add = [&parts](const char* key, const QString& value) {
    if (!value.trimmed().isEmpty())
      parts << QString::fromLatin1(key) + QLatin1Char('=') +
                   QString::fromStdString(pg::quoteConninfoValue(value.trimmed().toStdString()));
  };
  add("service", service_->text());
  add("host", host_->text());
  if (port_->value() > 0) add("port", QString::number(port_->value()));
  add("dbname", database_->text());
  add("user", user_->text());
  return parts.join(QLatin1Char(' '));
}

QString DatabaseConnectionDialog::projectName() const { return project_->text().trimmed(); }

QString DatabaseConnectionDialog::location() const {
  const QString info = conninfo();
  if (projectName().isEmpty()) return QStringLiteral("pg:") + info;
  return QString::fromStdString(project::databaseLocation(info.toStdString(), projectName().toStdString()));
}

void DatabaseConnectionDialog::connectAndList() {
  projects_->clear();
  status_->setText(tr("Connecting…"));
  QApplication::setOverrideCursor(Qt::WaitCursor);
  try {
    project::DatabaseProject db(QStringLiteral("pg:%1").arg(conninfo()).toStdString());
    const auto names = db.projectNames();
    for (const std::string& name : names) projects_->addItem(QString::fromStdString(name));
    status_->setText(names.empty() ? tr("Connected to %1; it holds no projects yet.")
                                         .arg(QString::fromStdString(db.connection().describe()))
                                   : tr("Connected to %1: %n project(s).", nullptr, int(names.size()))
                                         .arg(QString::fromStdString(db.connection().describe())));
    if (!publishing_ && projects_->count() > 0) projects_->setCurrentRow(0);
  } catch (const hp::Error& e) {
    status_->setText(tr("Cannot connect: %1").arg(app::describeError(e)));
  }
  QApplication::restoreOverrideCursor();
}

void DatabaseConnectionDialog::updateOk() {
  // Opening may leave the name empty only when the database holds exactly one project.
  ok_->setEnabled(publishing_ ? !projectName().isEmpty() : true);
}

}  // namespace hp::gui
