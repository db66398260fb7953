from app.kiosk.staff import main

raise SystemExit(main())
