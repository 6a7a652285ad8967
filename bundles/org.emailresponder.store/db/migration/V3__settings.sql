-- simple application settings (key/value), e.g. company.name used by the template variable "company"
CREATE TABLE er_setting (
  setting_key ${str}(200) NOT NULL PRIMARY KEY,
  setting_value ${str}(4000)
);
