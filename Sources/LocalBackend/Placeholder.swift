import ECSPlanCore; import GRDB
